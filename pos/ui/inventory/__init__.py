"""Stock, waste, stocktake, purchase orders and recipes (managers)."""
