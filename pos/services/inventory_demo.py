"""The demo restaurant's kitchen: suppliers, stock locations, 141 ingredients, a recipe
for every menu item and the recipes of the modifiers, and opening stock at par.

Each item's allergens are derived from its recipe; the recipes are written so they
derive exactly the allergens the menu lists (a test holds them to it).
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.ids import new_id
from pos.domain.inventory import BaseUnit, MovementKind, RecipeAction, RecipeLine
from pos.services.inventory import InventoryService, update_item_allergens, write_recipe
from pos.services.master_record import record_master
from pos.store.models import (
    IngredientCostRow,
    IngredientRow,
    IngredientUnitRow,
    StockLocationRow,
    SupplierRow,
)

SUPPLIERS: dict[str, tuple[str, str, int]] = {
    "metro": ("Metro Großmarkt", "orders@metro.example, 089 1234 100", 1),
    "produce": ("Frischehof Kaiser", "Anna Kaiser, 0171 555 0101", 1),
    "meat": ("Fleischerei Bauer", "0171 555 0202", 2),
    "fish": ("Fisch Hansen", "bestellung@fisch-hansen.example", 2),
    "bakery": ("Bäckerei Müller", "0171 555 0303", 1),
    "drinks": ("Getränke Hoffmann", "0171 555 0404", 3),
}

LOCATIONS: dict[str, str] = {"cool": "Walk-in cooler", "dry": "Dry store", "freeze": "Freezer",
                             "bar": "Bar", "cellar": "Cellar"}

G, ML, PC = BaseUnit.GRAM, BaseUnit.MILLILITRE, BaseUnit.PIECE

# name -> (unit, pack size, pack price in cents, pack name, allergens, supplier, location,
#          packs at par)
INGREDIENTS: dict[str, tuple[BaseUnit, int, int, str, list[str], str | None, str, int]] = {
    # produce
    "Tomatoes": (G, 5000, 1150, "5 kg crate", [], "produce", "cool", 3),
    "Onions": (G, 10000, 890, "10 kg sack", [], "produce", "dry", 1),
    "Celery": (G, 1000, 290, "1 kg", ["celery"], "produce", "cool", 2),
    "Garlic": (G, 1000, 690, "1 kg", [], "produce", "dry", 1),
    "Parsley": (G, 250, 290, "bunch box", [], "produce", "cool", 2),
    "Basil": (G, 250, 390, "box", [], "produce", "cool", 2),
    "Lemons": (G, 5000, 1290, "5 kg", [], "produce", "cool", 1),
    "Rocket": (G, 1000, 990, "1 kg", [], "produce", "cool", 2),
    "Romaine lettuce": (G, 3000, 890, "case", [], "produce", "cool", 2),
    "Mixed leaves": (G, 2000, 1390, "2 kg case", [], "produce", "cool", 2),
    "Iceberg lettuce": (G, 3000, 690, "case", [], "produce", "cool", 2),
    "Cucumber": (G, 5000, 790, "case", [], "produce", "cool", 1),
    "Avocado": (G, 4000, 1890, "case", [], "produce", "cool", 1),
    "Green beans": (G, 2000, 890, "2 kg", [], "produce", "cool", 1),
    "Potatoes": (G, 25000, 1490, "25 kg sack", [], "produce", "dry", 1),
    "Bell peppers": (G, 5000, 1390, "5 kg", [], "produce", "cool", 1),
    "Mushrooms": (G, 3000, 1190, "3 kg", [], "produce", "cool", 2),
    "Apples": (G, 10000, 1590, "10 kg", [], "produce", "cool", 1),
    "Oranges": (G, 15000, 2190, "15 kg", [], "produce", "cool", 1),
    "Mint": (G, 250, 290, "box", [], "produce", "cool", 1),
    "Dill": (G, 250, 290, "box", [], "produce", "cool", 1),
    "Rosemary": (G, 250, 290, "box", [], "produce", "cool", 1),
    "Chillies": (G, 500, 490, "500 g", [], "produce", "cool", 1),
    "Jalapeños": (G, 2500, 790, "jar", [], "metro", "dry", 2),
    # dairy and eggs
    "Cream": (ML, 5000, 1650, "5 l", ["milk"], "produce", "cool", 3),
    "Butter": (G, 5000, 3490, "5 kg", ["milk"], "produce", "cool", 2),
    "Milk": (ML, 12000, 1190, "12 × 1 l", ["milk"], "produce", "cool", 4),
    "Lactose-free milk": (ML, 6000, 890, "6 × 1 l", ["milk"], "produce", "cool", 1),
    "Oat milk": (ML, 6000, 1190, "6 × 1 l", ["gluten"], "metro", "dry", 1),
    "Soy milk": (ML, 6000, 990, "6 × 1 l", ["soy"], "metro", "dry", 1),
    "Parmesan": (G, 1000, 2290, "1 kg", ["milk"], "produce", "cool", 2),
    "Feta": (G, 2000, 1890, "2 kg", ["milk"], "produce", "cool", 1),
    "Goat cheese": (G, 1000, 1990, "1 kg", ["milk"], "produce", "cool", 2),
    "Halloumi": (G, 2000, 2390, "2 kg", ["milk"], "produce", "cool", 1),
    "Mozzarella": (G, 5000, 3490, "5 kg", ["milk"], "produce", "cool", 3),
    "Gorgonzola": (G, 1000, 1790, "1 kg", ["milk"], "produce", "cool", 1),
    "Cheddar": (G, 2500, 2490, "2.5 kg", ["milk"], "produce", "cool", 2),
    "Pecorino": (G, 1000, 2490, "1 kg", ["milk"], "produce", "cool", 1),
    "Mascarpone": (G, 2000, 1490, "2 kg", ["milk"], "produce", "cool", 1),
    "Cream cheese": (G, 2000, 1290, "2 kg", ["milk"], "produce", "cool", 1),
    "Yoghurt": (G, 5000, 890, "5 kg", ["milk"], "produce", "cool", 1),
    "Eggs": (PC, 180, 4290, "tray of 180", ["eggs"], "produce", "cool", 2),
    "Vanilla ice cream": (G, 5000, 2490, "5 l tub", ["milk"], "metro", "freeze", 1),
    "Chocolate ice cream": (G, 5000, 2590, "5 l tub", ["milk"], "metro", "freeze", 1),
    "Strawberry ice cream": (G, 5000, 2590, "5 l tub", ["milk"], "metro", "freeze", 1),
    "Pistachio ice cream": (G, 5000, 3290, "5 l tub", ["milk", "nuts"], "metro", "freeze", 1),
    # meat
    "Chicken wings": (G, 5000, 2990, "5 kg", [], "meat", "cool", 2),
    "Beef fillet": (G, 2000, 8990, "2 kg", [], "meat", "cool", 1),
    "Beef patty 180 g": (PC, 40, 5590, "box of 40", [], "meat", "freeze", 2),
    "Chicken breast": (G, 5000, 4490, "5 kg", [], "meat", "cool", 2),
    "Rump steak": (G, 5000, 11990, "5 kg", [], "meat", "cool", 1),
    "Ribeye": (G, 5000, 15990, "5 kg", [], "meat", "cool", 1),
    "Pork ribs": (G, 10000, 7990, "10 kg", [], "meat", "cool", 1),
    "Veal cutlet": (G, 3000, 8990, "3 kg", [], "meat", "cool", 1),
    "Weißwurst": (PC, 40, 2390, "40 pieces", [], "meat", "cool", 1),
    "Beef shoulder": (G, 5000, 6490, "5 kg", [], "meat", "cool", 1),
    "Salami": (G, 2000, 2790, "2 kg", [], "meat", "cool", 1),
    "Guanciale": (G, 1000, 2490, "1 kg", [], "meat", "cool", 1),
    "Beef mince": (G, 5000, 4290, "5 kg", [], "meat", "cool", 1),
    "Bacon": (G, 2000, 2390, "2 kg", [], "meat", "cool", 1),
    # fish
    "Squid": (G, 2000, 3290, "2 kg", ["molluscs"], "fish", "freeze", 1),
    "Prawns": (G, 2000, 4590, "2 kg", ["crustaceans"], "fish", "freeze", 1),
    "Anchovies": (G, 500, 1290, "tin", ["fish"], "fish", "dry", 1),
    "Tuna": (G, 2000, 5990, "2 kg", ["fish"], "fish", "cool", 1),
    "Cod": (G, 5000, 8990, "5 kg", ["fish"], "fish", "freeze", 1),
    "Salmon": (G, 3000, 7490, "3 kg", ["fish"], "fish", "cool", 1),
    # bakery
    "Baguette": (G, 3000, 790, "10 loaves", ["gluten"], "bakery", "dry", 1),
    "Ciabatta": (G, 3000, 890, "10 loaves", ["gluten"], "bakery", "dry", 1),
    "Flatbread": (PC, 20, 790, "20 pieces", ["gluten"], "bakery", "dry", 1),
    "Sesame burger bun": (PC, 48, 1590, "48 buns", ["gluten", "sesame"], "bakery", "dry", 2),
    "Pretzel": (PC, 20, 1090, "20 pieces", ["gluten"], "bakery", "dry", 1),
    "Croutons": (G, 1000, 690, "1 kg", ["gluten"], "bakery", "dry", 1),
    "Ladyfingers": (G, 1000, 890, "1 kg", ["gluten", "eggs"], "bakery", "dry", 1),
    "Strudel pastry": (G, 2000, 1190, "2 kg", ["gluten"], "bakery", "freeze", 1),
    "Pizza dough": (G, 10000, 1990, "40 balls", ["gluten"], "bakery", "cool", 2),
    # dry store
    "Flour": (G, 10000, 790, "10 kg sack", ["gluten"], "metro", "dry", 1),
    "Breadcrumbs": (G, 5000, 990, "5 kg", ["gluten"], "metro", "dry", 1),
    "Olive oil": (ML, 5000, 3290, "5 l tin", [], "metro", "dry", 2),
    "Frying oil": (ML, 10000, 2190, "10 l", [], "metro", "dry", 3),
    "Chickpeas": (G, 5000, 890, "5 kg", [], "metro", "dry", 1),
    "Tahini": (G, 1000, 890, "1 kg jar", ["sesame"], "metro", "dry", 1),
    "Quinoa": (G, 5000, 1990, "5 kg", [], "metro", "dry", 1),
    "Tofu": (G, 2000, 1190, "2 kg", ["soy"], "metro", "cool", 1),
    "Sesame seeds": (G, 1000, 690, "1 kg", ["sesame"], "metro", "dry", 1),
    "Tamari": (ML, 1000, 990, "1 l", ["soy"], "metro", "dry", 1),
    "Olives": (G, 3000, 1890, "3 kg tin", [], "metro", "dry", 1),
    "Honey": (G, 1000, 990, "1 kg", [], "metro", "dry", 1),
    "Walnuts": (G, 1000, 1690, "1 kg", ["nuts"], "metro", "dry", 1),
    "Cashews": (G, 1000, 1890, "1 kg", ["nuts"], "metro", "dry", 1),
    "Mustard": (G, 2500, 890, "2.5 kg", ["mustard"], "metro", "dry", 1),
    "Sweet mustard": (G, 2500, 990, "2.5 kg", ["mustard"], "metro", "dry", 1),
    "Mayonnaise": (G, 5000, 1490, "5 kg", ["eggs"], "metro", "cool", 1),
    "Ketchup": (G, 5000, 1190, "5 kg", [], "metro", "dry", 1),
    "Hot sauce": (ML, 2000, 1290, "2 l", [], "metro", "dry", 1),
    "Burger sauce": (G, 5000, 1990, "5 kg", ["mustard"], "metro", "cool", 1),
    "Pickles": (G, 5000, 1090, "5 kg", [], "metro", "dry", 1),
    "BBQ sauce": (ML, 5000, 1690, "5 l", ["mustard", "celery"], "metro", "dry", 1),
    "Vegetable stock": (ML, 10000, 1290, "10 l", ["celery"], "metro", "dry", 2),
    "Curry paste": (G, 1000, 1190, "1 kg", [], "metro", "dry", 1),
    "Basmati rice": (G, 10000, 2190, "10 kg", [], "metro", "dry", 1),
    "Arborio rice": (G, 5000, 1690, "5 kg", [], "metro", "dry", 1),
    "Paprika": (G, 500, 590, "500 g", [], "metro", "dry", 1),
    "Tomato sauce": (G, 10000, 1790, "10 kg", [], "metro", "dry", 2),
    "Spaghetti": (G, 5000, 990, "5 kg", ["gluten"], "metro", "dry", 1),
    "Penne": (G, 5000, 990, "5 kg", ["gluten"], "metro", "dry", 1),
    "Gluten-free pasta": (G, 2000, 990, "2 kg", [], "metro", "dry", 1),
    "Lasagne sheets": (G, 3000, 1190, "3 kg", ["gluten", "eggs"], "metro", "dry", 1),
    "Macaroni": (G, 5000, 990, "5 kg", ["gluten"], "metro", "dry", 1),
    "Sugar": (G, 10000, 1290, "10 kg", [], "metro", "dry", 1),
    "Vanilla extract": (ML, 500, 1990, "500 ml", [], "metro", "dry", 1),
    "Dark chocolate": (G, 2500, 2990, "2.5 kg", ["milk"], "metro", "dry", 1),
    "Cinnamon": (G, 500, 690, "500 g", [], "metro", "dry", 1),
    "Cocoa": (G, 1000, 990, "1 kg", [], "metro", "dry", 1),
    "Digestive biscuits": (G, 2000, 790, "2 kg", ["gluten"], "metro", "dry", 1),
    "Espresso beans": (G, 6000, 10790, "6 × 1 kg", [], "metro", "bar", 1),
    "Tea bags": (PC, 100, 890, "box of 100", [], "metro", "bar", 1),
    "Sugar syrup": (ML, 1000, 590, "1 l", [], "metro", "bar", 1),
    "Black pepper": (G, 1000, 1590, "1 kg", [], "metro", "dry", 1),
    "Chili oil": (ML, 1000, 1290, "1 l", [], "metro", "dry", 1),
    "French fries": (G, 12500, 2190, "5 × 2.5 kg", [], "metro", "freeze", 2),
    "Sweet potato fries": (G, 10000, 3190, "4 × 2.5 kg", [], "metro", "freeze", 1),
    "Veggie patty": (PC, 24, 3590, "box of 24", ["soy"], "metro", "freeze", 1),
    "Vinaigrette": (ML, 5000, 1490, "5 l", ["mustard"], "metro", "cool", 1),
    "Caesar dressing": (ML, 5000, 1990, "5 l", ["eggs", "fish", "milk"], "metro", "cool", 1),
    "Balsamic vinegar": (ML, 1000, 890, "1 l", ["sulphites"], "metro", "dry", 1),
    # drinks
    "Sparkling water 0.75 l": (PC, 12, 890, "crate of 12", [], "drinks", "cellar", 4),
    "Still water 0.75 l": (PC, 12, 890, "crate of 12", [], "drinks", "cellar", 3),
    "Cola 0.33 l": (PC, 24, 1690, "crate of 24", [], "drinks", "cellar", 3),
    "Apple juice": (ML, 6000, 890, "6 × 1 l", [], "drinks", "cellar", 2),
    "Soda water": (ML, 12000, 590, "12 × 1 l", [], "drinks", "bar", 2),
    "Ice": (G, 10000, 200, "ice machine batch", [], None, "bar", 2),
    "Pils (keg)": (ML, 30000, 8990, "30 l keg", ["gluten"], "drinks", "cellar", 2),
    "Weißbier 0.5 l": (PC, 20, 1990, "crate of 20", ["gluten"], "drinks", "cellar", 3),
    "Alcohol-free beer 0.33 l": (PC, 24, 1790, "crate of 24", ["gluten"], "drinks", "cellar",
                                 2),
    "House red wine": (ML, 9000, 4490, "12 × 0.75 l", ["sulphites"], "drinks", "cellar", 2),
    "House white wine": (ML, 9000, 4290, "12 × 0.75 l", ["sulphites"], "drinks", "cellar", 2),
    "Prosecco": (ML, 4500, 3590, "6 × 0.75 l", ["sulphites"], "drinks", "cellar", 2),
    "Aperol": (ML, 6000, 7990, "6 × 1 l", [], "drinks", "bar", 1),
    "Gin": (ML, 4200, 11990, "6 × 0.7 l", [], "drinks", "bar", 1),
    "Tonic water": (ML, 4800, 1790, "24 × 0.2 l", [], "drinks", "cellar", 2),
    "Riesling 0.75 l": (PC, 6, 5390, "case of 6", ["sulphites"], "drinks", "cellar", 2),
}

# Extra units of some ingredients (base units each).
UNITS: dict[str, dict[str, Decimal]] = {
    "Eggs": {"tray": Decimal(30)},
    "Cola 0.33 l": {"crate": Decimal(24)},
    "House red wine": {"bottle": Decimal(750)},
    "House white wine": {"bottle": Decimal(750)},
    "Prosecco": {"bottle": Decimal(750)},
    "Pils (keg)": {"keg": Decimal(30000)},
    "Olive oil": {"tbsp": Decimal(15)},
}

# Item -> [(ingredient, base units per portion)]
RECIPES: dict[str, list[tuple[str, int]]] = {
    "Tomato soup": [("Tomatoes", 250), ("Onions", 40), ("Celery", 30), ("Cream", 40),
                    ("Vegetable stock", 200), ("Basil", 2)],
    "Garlic bread": [("Baguette", 120), ("Butter", 20), ("Garlic", 5), ("Parsley", 3)],
    "Bruschetta": [("Ciabatta", 100), ("Tomatoes", 120), ("Garlic", 3), ("Basil", 3),
                   ("Olive oil", 10)],
    "Chicken wings": [("Chicken wings", 350), ("Hot sauce", 40), ("Celery", 60),
                      ("Mustard", 15)],
    "Calamari fritti": [("Squid", 180), ("Flour", 30), ("Eggs", 1), ("Lemons", 30),
                        ("Frying oil", 50)],
    "Beef carpaccio": [("Beef fillet", 90), ("Parmesan", 15), ("Rocket", 15), ("Mustard", 5),
                       ("Olive oil", 10)],
    "Hummus & flatbread": [("Chickpeas", 120), ("Tahini", 20), ("Flatbread", 1),
                           ("Olive oil", 10), ("Lemons", 15), ("Garlic", 3)],
    "Prawn cocktail": [("Prawns", 120), ("Mayonnaise", 30), ("Celery", 20),
                       ("Iceberg lettuce", 40), ("Ketchup", 10), ("Lemons", 10)],
    "Caesar salad": [("Romaine lettuce", 150), ("Parmesan", 20), ("Croutons", 30),
                     ("Anchovies", 10), ("Eggs", 1)],
    "Greek salad": [("Feta", 80), ("Tomatoes", 100), ("Cucumber", 80), ("Olives", 30),
                    ("Onions", 20)],
    "Goat cheese salad": [("Goat cheese", 80), ("Walnuts", 20), ("Mixed leaves", 80),
                          ("Honey", 10)],
    "Quinoa bowl": [("Quinoa", 80), ("Tofu", 100), ("Sesame seeds", 5), ("Avocado", 60),
                    ("Cucumber", 50), ("Tamari", 10)],
    "Niçoise salad": [("Tuna", 100), ("Eggs", 1), ("Green beans", 60), ("Potatoes", 80),
                      ("Olives", 20), ("Mustard", 5)],
    "Side salad": [("Mixed leaves", 80), ("Tomatoes", 40), ("Cucumber", 40)],
    "Classic burger": [("Beef patty 180 g", 1), ("Sesame burger bun", 1),
                       ("Iceberg lettuce", 20), ("Tomatoes", 30), ("Onions", 20),
                       ("Burger sauce", 20), ("Pickles", 15)],
    "Cheeseburger": [("Beef patty 180 g", 1), ("Sesame burger bun", 1), ("Cheddar", 30),
                     ("Iceberg lettuce", 20), ("Tomatoes", 30), ("Onions", 20),
                     ("Burger sauce", 20), ("Pickles", 15)],
    "Veggie burger": [("Veggie patty", 1), ("Sesame burger bun", 1), ("Iceberg lettuce", 20),
                      ("Tomatoes", 30), ("Onions", 20), ("Ketchup", 20)],
    "Chicken burger": [("Chicken breast", 150), ("Sesame burger bun", 1),
                       ("Iceberg lettuce", 20), ("Tomatoes", 30), ("Onions", 15),
                       ("Mayonnaise", 20)],
    "Rump steak 250 g": [("Rump steak", 250), ("Rosemary", 2), ("Olive oil", 10)],
    "Ribeye 300 g": [("Ribeye", 300), ("Rosemary", 2), ("Olive oil", 10)],
    "BBQ ribs": [("Pork ribs", 500), ("BBQ sauce", 60)],
    "Grilled halloumi": [("Halloumi", 150), ("Bell peppers", 80), ("Olive oil", 10)],
    "Wiener Schnitzel": [("Veal cutlet", 180), ("Breadcrumbs", 40), ("Flour", 20), ("Eggs", 1),
                         ("Butter", 30), ("Lemons", 20)],
    "Fish & chips": [("Cod", 200), ("Flour", 40), ("Pils (keg)", 50), ("French fries", 200),
                     ("Frying oil", 80), ("Lemons", 20)],
    "Salmon fillet": [("Salmon", 180), ("Butter", 20), ("Lemons", 20), ("Dill", 2)],
    "Chicken curry": [("Chicken breast", 180), ("Cream", 50), ("Cashews", 20),
                      ("Curry paste", 20), ("Basmati rice", 80), ("Onions", 40)],
    "Mushroom risotto": [("Arborio rice", 90), ("Mushrooms", 120), ("Parmesan", 20),
                         ("House white wine", 50), ("Vegetable stock", 250), ("Butter", 15),
                         ("Onions", 30)],
    "Weißwurst with pretzel": [("Weißwurst", 2), ("Pretzel", 1), ("Sweet mustard", 30)],
    "Beef goulash": [("Beef shoulder", 220), ("Onions", 100), ("Paprika", 5),
                     ("Vegetable stock", 150), ("Flour", 10)],
    "Pizza Margherita": [("Pizza dough", 250), ("Tomato sauce", 80), ("Mozzarella", 120),
                         ("Basil", 3), ("Olive oil", 5)],
    "Pizza Salami": [("Pizza dough", 250), ("Tomato sauce", 80), ("Mozzarella", 100),
                     ("Salami", 60)],
    "Pizza Funghi": [("Pizza dough", 250), ("Tomato sauce", 80), ("Mozzarella", 100),
                     ("Mushrooms", 80)],
    "Pizza Quattro Formaggi": [("Pizza dough", 250), ("Tomato sauce", 60), ("Mozzarella", 60),
                               ("Gorgonzola", 40), ("Parmesan", 20), ("Goat cheese", 30)],
    "Spaghetti Carbonara": [("Spaghetti", 120), ("Eggs", 2), ("Pecorino", 30),
                            ("Guanciale", 50), ("Black pepper", 1)],
    "Penne Arrabbiata": [("Penne", 120), ("Tomato sauce", 120), ("Garlic", 5), ("Chillies", 2),
                         ("Olive oil", 10)],
    "Lasagne": [("Lasagne sheets", 100), ("Beef mince", 120), ("Tomato sauce", 100),
                ("Milk", 80), ("Flour", 10), ("Butter", 10), ("Mozzarella", 40),
                ("Celery", 20)],
    "Jalapeño mac & cheese": [("Macaroni", 120), ("Cheddar", 60), ("Milk", 100),
                              ("Butter", 10), ("Jalapeños", 20)],
    "Crème brûlée": [("Cream", 120), ("Eggs", 2), ("Sugar", 30), ("Vanilla extract", 2)],
    "Chocolate brownie": [("Dark chocolate", 40), ("Flour", 25), ("Eggs", 1), ("Butter", 30),
                          ("Walnuts", 15), ("Sugar", 30)],
    "Apple strudel": [("Apples", 150), ("Strudel pastry", 60), ("Butter", 20),
                      ("Walnuts", 10), ("Sugar", 20), ("Cinnamon", 1)],
    "Tiramisu": [("Mascarpone", 80), ("Ladyfingers", 40), ("Eggs", 1), ("Espresso beans", 8),
                 ("Cocoa", 2), ("Sugar", 20)],
    "Ice cream": [("Cream", 20)],
    "Cheesecake": [("Cream cheese", 100), ("Digestive biscuits", 30), ("Eggs", 1),
                   ("Sugar", 20), ("Butter", 10)],
    "Sparkling water 0.75 l": [("Sparkling water 0.75 l", 1)],
    "Still water 0.75 l": [("Still water 0.75 l", 1)],
    "Cola 0.33 l": [("Cola 0.33 l", 1), ("Ice", 60), ("Lemons", 10)],
    "Apple spritzer 0.4 l": [("Apple juice", 200), ("Soda water", 200), ("Ice", 60)],
    "Fresh orange juice": [("Oranges", 600)],
    "Lemonade": [("Lemons", 60), ("Sugar syrup", 30), ("Soda water", 300), ("Ice", 60),
                 ("Mint", 2)],
    "Espresso": [("Espresso beans", 8)],
    "Cappuccino": [("Espresso beans", 8), ("Milk", 150)],
    "Latte macchiato": [("Espresso beans", 8), ("Milk", 250)],
    "Tea": [("Tea bags", 1), ("Lemons", 10)],
    "Pils 0.5 l": [("Pils (keg)", 500)],
    "Weißbier 0.5 l": [("Weißbier 0.5 l", 1)],
    "Alcohol-free beer": [("Alcohol-free beer 0.33 l", 1)],
    "House red 0.2 l": [("House red wine", 200)],
    "House white 0.2 l": [("House white wine", 200)],
    "Prosecco 0.1 l": [("Prosecco", 100)],
    "Aperol Spritz": [("Aperol", 60), ("Prosecco", 90), ("Soda water", 30), ("Oranges", 30),
                      ("Ice", 80)],
    "Gin & tonic": [("Gin", 40), ("Tonic water", 200), ("Lemons", 10), ("Ice", 80)],
    "Riesling bottle": [("Riesling 0.75 l", 1)],
}

# (modifier group key, option) -> [(action, ingredient, qty, replaced ingredient)]
ModLine = tuple[RecipeAction, str, int, str | None]
A, R, X = RecipeAction.ADD, RecipeAction.REMOVE, RecipeAction.REPLACE
MODIFIER_RECIPES: dict[tuple[str, str], list[ModLine]] = {
    ("burger_extras", "Cheddar"): [(A, "Cheddar", 30, None)],
    ("burger_extras", "Bacon"): [(A, "Bacon", 40, None)],
    ("burger_extras", "Avocado"): [(A, "Avocado", 60, None)],
    ("burger_extras", "Jalapeños"): [(A, "Jalapeños", 20, None)],
    ("burger_extras", "Fried egg"): [(A, "Eggs", 1, None)],
    ("burger_remove", "No onions"): [(R, "Onions", 0, None)],
    ("burger_remove", "No tomato"): [(R, "Tomatoes", 0, None)],
    ("burger_remove", "No sauce"): [(R, "Burger sauce", 0, None)],
    ("burger_remove", "No bun (lettuce wrap)"): [(X, "Iceberg lettuce", 60,
                                                  "Sesame burger bun")],
    ("side", "Fries"): [(A, "French fries", 200, None)],
    ("side", "Sweet potato fries"): [(A, "Sweet potato fries", 200, None)],
    ("side", "Side salad"): [(A, "Mixed leaves", 60, None), (A, "Tomatoes", 30, None)],
    ("side", "Mashed potatoes"): [(A, "Potatoes", 200, None), (A, "Butter", 15, None),
                                  (A, "Milk", 50, None)],
    ("dressing", "Vinaigrette"): [(A, "Vinaigrette", 30, None)],
    ("dressing", "Caesar"): [(A, "Caesar dressing", 30, None)],
    ("dressing", "Yoghurt herb"): [(A, "Yoghurt", 30, None), (A, "Parsley", 3, None)],
    ("dressing", "Oil & vinegar"): [(A, "Olive oil", 15, None),
                                    (A, "Balsamic vinegar", 10, None)],
    ("pizza_extras", "Extra mozzarella"): [(A, "Mozzarella", 60, None)],
    ("pizza_extras", "Mushrooms"): [(A, "Mushrooms", 50, None)],
    ("pizza_extras", "Salami"): [(A, "Salami", 40, None)],
    ("pizza_extras", "Rocket"): [(A, "Rocket", 20, None)],
    ("pizza_extras", "Chili oil"): [(A, "Chili oil", 5, None)],
    ("pasta_gf", "Gluten-free pasta"): [(X, "Gluten-free pasta", 0, "Spaghetti"),
                                        (X, "Gluten-free pasta", 0, "Penne")],
    ("milk", "Oat milk"): [(X, "Oat milk", 0, "Milk")],
    ("milk", "Soy milk"): [(X, "Soy milk", 0, "Milk")],
    ("milk", "Lactose-free"): [(X, "Lactose-free milk", 0, "Milk")],
    ("ice", "No ice"): [(R, "Ice", 0, None)],
    ("ice", "Extra ice"): [(A, "Ice", 60, None)],
    ("scoops", "Vanilla"): [(A, "Vanilla ice cream", 70, None)],
    ("scoops", "Chocolate"): [(A, "Chocolate ice cream", 70, None)],
    ("scoops", "Strawberry"): [(A, "Strawberry ice cream", 70, None)],
    ("scoops", "Pistachio"): [(A, "Pistachio ice cream", 70, None)],
}


def seed_inventory(session: Session, inventory: InventoryService, items: dict[str, str],
                   modifiers: dict[tuple[str, str], str], at: str) -> None:
    """Write the demo kitchen inside the demo's transaction. ``items`` maps item names
    to ids, ``modifiers`` (group key, option) to ids; ``at`` stamps the opening costs."""
    ctx = inventory.ctx
    suppliers = {}
    for key, (name, contact, lead) in SUPPLIERS.items():
        suppliers[key] = new_id()
        supplier = SupplierRow(id=suppliers[key], name=name, contact=contact, lead_days=lead)
        session.add(supplier)
        record_master(session, ctx, "supplier", supplier)
    locations = {}
    for i, (key, name) in enumerate(LOCATIONS.items()):
        locations[key] = new_id()
        location = StockLocationRow(id=locations[key], name=name, sort=i)
        session.add(location)
        record_master(session, ctx, "stock_location", location)
    ids: dict[str, str] = {}
    opening = []
    for name, (unit, pack, price, pack_name, allergens, sup, loc, par_packs) in \
            INGREDIENTS.items():
        iid = ids[name] = new_id()
        cost = str((Decimal(price) / pack).quantize(inv.COST_PLACES))
        par = pack * par_packs
        ingredient = IngredientRow(
            id=iid, name=name, unit=unit.value, cost_per_unit=cost,
            allergens=json.dumps(sorted(allergens)),
            supplier_id=suppliers[sup] if sup else None, location_id=locations[loc],
            reorder_point=par * 3 // 10, par_level=par, pack_size=pack, pack_name=pack_name,
            active=True)
        session.add(ingredient)
        record_master(session, ctx, "ingredient", ingredient)
        opening.append((iid, locations[loc], par))
    for name, iid in ids.items():
        cost = str((Decimal(INGREDIENTS[name][2]) / INGREDIENTS[name][1])
                   .quantize(inv.COST_PLACES))
        session.add(IngredientCostRow(id=new_id(), ingredient_id=iid, at=at, cost_per_unit=cost,
                                      source="import"))
        for uname, factor in UNITS.get(name, {}).items():
            unit_row = IngredientUnitRow(ingredient_id=iid, name=uname, factor=str(factor))
            session.add(unit_row)
            record_master(session, ctx, "ingredient_unit", unit_row)
    session.flush()
    for item, lines in RECIPES.items():
        write_recipe(session, ctx, item_id=items[item], modifier_id=None,
                     lines=[RecipeLine(ids[ing], qty) for ing, qty in lines])
    for (group, option), mlines in MODIFIER_RECIPES.items():
        write_recipe(session, ctx, item_id=None, modifier_id=modifiers[(group, option)],
                     lines=[RecipeLine(ids[ing], qty, action, ids[rep] if rep else None)
                            for action, ing, qty, rep in mlines])
    inventory.write_opening(session, opening, MovementKind.OPENING)
    update_item_allergens(session, ctx, list(items.values()))
