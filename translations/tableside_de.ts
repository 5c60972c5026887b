<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../pos/ui/kds/presenter.py" line="+110"/>
        <source>EXPO</source>
        <translation>EXPO</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 covers</source>
        <translation>%1 Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIRE course %1</source>
        <translation>GANG %1 ABRUFEN</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a card first (its number on the bump bar).</source>
        <translation>Zuerst eine Karte wählen (ihre Nummer auf der Bump-Leiste).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to recall.</source>
        <translation>Nichts zum Zurückholen.</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../pos/ui/reports/dialogs.py" line="+36"/>
        <location line="+1"/>
        <source>Cash count</source>
        <translation>Kassensturz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count the drawer: tap a note or coin, then type how many.</source>
        <translation>Kasse zählen: Schein oder Münze antippen, dann die Anzahl eingeben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this count</source>
        <translation>Zählung übernehmen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 pieces of %2</source>
        <translation>%1 Stück zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted %1</source>
        <translation>Gezählt %1</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Close the business day</source>
        <translation>Geschäftstag abschließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close business day %1 with a Z report? It is numbered and stored, and cannot be changed afterwards.</source>
        <translation>Geschäftstag %1 mit einem Z-Bericht abschließen? Er wird nummeriert, gespeichert und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash counted: %1</source>
        <translation>Gezähltes Bargeld: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash has not been counted.</source>
        <translation>Das Bargeld wurde nicht gezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the day</source>
        <translation>Tag abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>Trotzdem abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close anyway: open checks move to the next day</source>
        <translation>Trotzdem abschließen: offene Rechnungen gehen in den nächsten Tag</translation>
    </message>
</context>
<context>
    <name>ClosedChecksDialog</name>
    <message>
        <location filename="../pos/ui/payment/closed.py" line="+163"/>
        <location line="+1"/>
        <source>Closed checks</source>
        <translation>Abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed checks today</source>
        <translation>Heute abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt copy</source>
        <translation>Belegkopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a copy of %1</source>
        <translation>Kopie von %1 drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check has been closed today.</source>
        <translation>Heute wurde noch keine Rechnung abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the check reopened?</source>
        <translation>Warum wird die Rechnung wieder geöffnet?</translation>
    </message>
</context>
<context>
    <name>ClosedChecksPresenter</name>
    <message>
        <location line="-151"/>
        <source>Receipt copy sent to the printer.</source>
        <translation>Belegkopie an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../pos/ui/inventory/count.py" line="+51"/>
        <source>Save count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 less</source>
        <translation>%1: %2 weniger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted %1</source>
        <translation>Gezählt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 more</source>
        <translation>%1: %2 mehr</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>zählen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting: %1</source>
        <translation>Gezählt wird: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a count to type it.</source>
        <translation>Tippen Sie auf eine Zählung, um sie einzugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance of this count: %1</source>
        <translation>Abweichung dieser Zählung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 counted</source>
        <translation>%1 von %2 gezählt</translation>
    </message>
</context>
<context>
    <name>CoversDialog</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="+140"/>
        <source>Covers</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table %1: how many guests?</source>
        <translation>Tisch %1: wie viele Gäste?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../pos/ui/payment/dialogs.py" line="+30"/>
        <source>Regular guest</source>
        <translation>Stammgast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff meal</source>
        <translation>Personalessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy hour</source>
        <translation>Happy Hour</translation>
    </message>
    <message>
        <location line="+223"/>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount on</source>
        <translation>Rabatt auf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole check</source>
        <translation>Die ganze Rechnung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Given</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off %2 (%3) · remove</source>
        <translation>%1 Rabatt auf %2 (%3) · entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the discount %1</source>
        <translation>Rabatt %1 entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 percent</source>
        <translation>%1 Prozent</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Reason for the discount</source>
        <translation>Grund für den Rabatt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give discount</source>
        <translation>Rabatt geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 % off</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 off</source>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose how much first.</source>
        <translation>Zuerst die Höhe wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for the discount.</source>
        <translation>Bitte einen Grund für den Rabatt angeben.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../pos/ui/errors.py" line="+82"/>
        <source>Something went wrong on this terminal. Everything saved is safe; if what you just did is not shown, do it again. A manager can find the details in the log.</source>
        <translation>Auf diesem Terminal ist etwas schiefgegangen. Alles Gespeicherte ist sicher; wird das gerade Getane nicht angezeigt, bitte noch einmal. Die Leitung findet die Einzelheiten im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FloorCanvas</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="-64"/>
        <source>Floor plan</source>
        <translation>Tischplan</translation>
    </message>
</context>
<context>
    <name>FloorScreen</name>
    <message>
        <location line="+88"/>
        <source>Floor plan</source>
        <translation>Tischplan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (managers)</source>
        <translation>Berichte (Leitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (managers)</source>
        <translation>Einstellungen (Leitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock (managers)</source>
        <translation>Lager (Manager)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food ready</source>
        <translation>Essen fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to pay</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>FloorTools</name>
    <message>
        <location filename="../pos/ui/floor/tools.py" line="+134"/>
        <source>Move check</source>
        <translation>Rechnung umsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a check to another table</source>
        <translation>Eine Rechnung an einen anderen Tisch umsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tables</source>
        <translation>Tische zusammenlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge two tables&apos; checks</source>
        <translation>Die Rechnungen zweier Tische zusammenlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed checks</source>
        <translation>Abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s closed checks</source>
        <translation>Heute abgeschlossene Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to tap</source>
        <translation>Was zu tippen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop moving or merging</source>
        <translation>Umsetzen oder Zusammenlegen beenden</translation>
    </message>
</context>
<context>
    <name>InventoryPresenter</name>
    <message>
        <location filename="../pos/ui/inventory/presenter.py" line="+192"/>
        <source>%1: limit lifted.</source>
        <translation>%1: Limit aufgehoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is 86&apos;d.</source>
        <translation>%1 ist aus (86).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 left.</source>
        <translation>%1: noch %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an ingredient.</source>
        <translation>Wählen Sie eine Zutat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waste recorded: %1 now has %2.</source>
        <translation>Schwund erfasst: %1 hat jetzt %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tap an ingredient to count it first.</source>
        <translation>Tippen Sie zuerst auf eine Zutat, um sie zu zählen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Count at least one ingredient.</source>
        <translation>Zählen Sie mindestens eine Zutat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count saved: %1 ingredients.</source>
        <translation>Zählung gespeichert: %1 Zutaten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ordered from %2.</source>
        <translation>%1 bei %2 bestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 received; stock and costs updated.</source>
        <translation>%1 eingegangen; Bestand und Kosten aktualisiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par level</source>
        <translation>Sollbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recipe of %1 saved.</source>
        <translation>Rezept von %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Option recipe saved.</source>
        <translation>Rezept der Option gespeichert.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../pos/ui/inventory/screen.py" line="+29"/>
        <location line="+5"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock and 86</source>
        <translation>Bestand und 86</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waste</source>
        <translation>Schwund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocktake</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to the floor</source>
        <translation>Zurück zum Tischplan</translation>
    </message>
</context>
<context>
    <name>KdsBoard</name>
    <message>
        <location filename="../pos/ui/kds/board.py" line="+133"/>
        <source>Kitchen tickets</source>
        <translation>Küchenbons</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bumped</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No open tickets</source>
        <translation>Keine offenen Bons</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>LATE</source>
        <translation>SPÄT</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>RUSH</source>
        <translation>EILIG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RECALLED</source>
        <translation>ZURÜCKGEHOLT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CONFIRM</source>
        <translation>BESTÄTIGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for stations</source>
        <translation>wartet auf Stationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUMP</source>
        <translation>ERLEDIGT</translation>
    </message>
</context>
<context>
    <name>KdsScreen</name>
    <message>
        <location filename="../pos/ui/kds/screen.py" line="+29"/>
        <source>Kitchen display</source>
        <translation>Küchenmonitor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bump</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bump the selected card</source>
        <translation>Gewählte Karte erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall the last bumped ticket</source>
        <translation>Zuletzt erledigten Bon zurückholen</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n Bon</numerusform>
            <numerusform>%n Bons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more off screen</source>
        <translation>
            <numerusform>%n weiterer außerhalb</numerusform>
            <numerusform>%n weitere außerhalb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KdsWindow</name>
    <message>
        <location line="+59"/>
        <source>Kitchen display — %1</source>
        <translation>Küchenmonitor — %1</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../pos/ui/widgets.py" line="+410"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decimal point</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../pos/ui/main_window.py" line="+127"/>
        <source>Tableside POS</source>
        <translation>Tableside Kasse</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 may not do this. A manager&apos;s PIN can allow it.</source>
        <translation>%1 darf das nicht. Die PIN einer Leitung kann es erlauben.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Logged out after a while without a touch. Nothing was lost.</source>
        <translation>Nach einer Weile ohne Berührung abgemeldet. Nichts ging verloren.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../pos/ui/manager_pin.py" line="+25"/>
        <source>Manager PIN</source>
        <translation>PIN der Leitung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manager PIN entered</source>
        <translation>Eingegebene PIN der Leitung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../pos/ui/widgets.py" line="+19"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="+55"/>
        <source>Options for %1</source>
        <translation>Optionen für %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>choose %n</source>
        <translation>
            <numerusform>%n wählen</numerusform>
            <numerusform>%n wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>optional, up to %n</source>
        <translation>
            <numerusform>optional, bis zu %n</numerusform>
            <numerusform>optional, bis zu %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose %1 to %2</source>
        <translation>%1 bis %2 wählen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>“%1”: at most %n choices.</source>
        <translation>
            <numerusform>„%1“: höchstens %n Auswahl.</numerusform>
            <numerusform>„%1“: höchstens %n Auswahlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="-109"/>
        <source>No salt</source>
        <translation>Ohne Salz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy: see server</source>
        <translation>Allergie: Service fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra hot</source>
        <translation>Extra scharf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauce on the side</source>
        <translation>Soße extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done</source>
        <translation>Durchgebraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share plates</source>
        <translation>Zum Teilen</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Note for the kitchen</source>
        <translation>Notiz für die Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OrderPresenter</name>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="+144"/>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course %1</source>
        <translation>Gang %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Tap a line on the check first.</source>
        <translation>Tippen Sie zuerst auf eine Zeile der Rechnung.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Sent %n item(s) to the kitchen.</source>
        <translation>
            <numerusform>%n Artikel an die Küche gesendet.</numerusform>
            <numerusform>%n Artikel an die Küche gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held: course %1.</source>
        <translation>Zurückgehalten: Gang %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No course is on hold.</source>
        <translation>Kein Gang wird zurückgehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course %1 fired.</source>
        <translation>Gang %1 abgerufen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is nothing on the check to pay.</source>
        <translation>Auf der Rechnung ist nichts zu bezahlen.</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="+91"/>
        <source>Order entry</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the chosen line</source>
        <translation>Gewählte Zeile stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold later</source>
        <translation>Gänge halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold later courses when sending</source>
        <translation>Spätere Gänge beim Senden zurückhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Fire</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Fire the next course on hold</source>
        <translation>Nächsten gehaltenen Gang abrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Floor</source>
        <translation>Tische</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the floor plan</source>
        <translation>Zurück zum Tischplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the kitchen</source>
        <translation>An die Küche senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Search the menu</source>
        <translation>Karte durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Note for the kitchen</source>
        <translation>Notiz für die Küche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat –</source>
        <translation>Platz –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course %1</source>
        <translation>Gang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note ✓</source>
        <translation>Notiz ✓</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fire course %1</source>
        <translation>Gang %1 abrufen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n covers</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>86: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>adding…</source>
        <translation>wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incl. %1</source>
        <translation>inkl. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../pos/ui/inventory/orders.py" line="+25"/>
        <source>Suggested orders</source>
        <translation>Vorgeschlagene Bestellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open purchase orders</source>
        <translation>Offene Bestellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order from %1</source>
        <translation>Bei %1 bestellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is low: no order needed.</source>
        <translation>Nichts ist knapp: keine Bestellung nötig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receive %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No purchase order is waiting.</source>
        <translation>Keine Bestellung steht aus.</translation>
    </message>
</context>
<context>
    <name>PaymentPresenter</name>
    <message>
        <location filename="../pos/ui/payment/presenter.py" line="+283"/>
        <source>Discount of %1 given.</source>
        <translation>Rabatt von %1 gewährt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discount removed.</source>
        <translation>Rabatt entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service charge of %1 added.</source>
        <translation>Servicezuschlag von %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service charge removed.</source>
        <translation>Servicezuschlag entfernt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt copy sent to the printer.</source>
        <translation>Belegkopie an den Drucker geschickt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill sent to the printer.</source>
        <translation>Rechnung an den Drucker geschickt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is due on this check.</source>
        <translation>Auf dieser Rechnung ist nichts offen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid. The check is closed and the table is free.</source>
        <translation>Bezahlt. Die Rechnung ist geschlossen, der Tisch ist frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid. Choose the next part.</source>
        <translation>Bezahlt. Wählen Sie den nächsten Teil.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="+38"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Split the check</source>
        <translation>Rechnung teilen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n ways</source>
        <translation>
            <numerusform>%n-fach</numerusform>
            <numerusform>%n-fach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split evenly %n ways</source>
        <translation>
            <numerusform>Gleichmäßig %n-fach teilen</numerusform>
            <numerusform>Gleichmäßig %n-fach teilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By seat</source>
        <translation>Nach Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split by seat</source>
        <translation>Nach Platz teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By item</source>
        <translation>Nach Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split by item</source>
        <translation>Nach Artikel teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into amounts</source>
        <translation>In Beträge teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or remove a discount</source>
        <translation>Rabatt geben oder entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+120"/>
        <source>Service charge</source>
        <translation>Servicezuschlag</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Add or remove the service charge</source>
        <translation>Servicezuschlag hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+143"/>
        <source>Print bill</source>
        <translation>Rechnung drucken</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Back to order</source>
        <translation>Zurück zur Bestellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tip</source>
        <translation>Kein Trinkgeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip %1 percent</source>
        <translation>Trinkgeld %1 Prozent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash handed over</source>
        <translation>Erhaltenes Bargeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card (external terminal) or other</source>
        <translation>Karte (externes Terminal) oder andere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference (card terminal, voucher…)</source>
        <translation>Referenz (Kartenterminal, Gutschein…)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Card terminal reference</source>
        <translation>Beleg-Nr. des Kartenterminals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge the card</source>
        <translation>Karte belasten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other tender (voucher, invoice)</source>
        <translation>Andere Zahlungsart (Gutschein, Rechnung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done — back to the floor</source>
        <translation>Fertig — zurück zum Tischplan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts %1</source>
        <translation>Rabatte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid %1</source>
        <translation>Bezahlt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tips %1</source>
        <translation>Trinkgeld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance %1</source>
        <translation>Offen %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip %1 · to take %2</source>
        <translation>Trinkgeld %1 · zu kassieren %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash %1</source>
        <translation>Bar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge card %1</source>
        <translation>Karte belasten %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service charge</source>
        <translation>Kein Servicezuschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
</context>
<context>
    <name>PinPresenter</name>
    <message>
        <location filename="../pos/ui/pin/presenter.py" line="+100"/>
        <source>Enter your PIN first.</source>
        <translation>Geben Sie zuerst Ihre PIN ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in %n s.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Die Eingabe ist gesperrt; erneut in %n s.</numerusform>
            <numerusform>Zu viele falsche PINs. Die Eingabe ist gesperrt; erneut in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PIN pad is unlocked. Enter your PIN.</source>
        <translation>Die Eingabe ist entsperrt. Geben Sie Ihre PIN ein.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="+21"/>
        <source>PIN pad</source>
        <translation>PIN-Eingabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your PIN</source>
        <translation>Geben Sie Ihre PIN ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN entered</source>
        <translation>Eingegebene PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN message</source>
        <translation>PIN-Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PosError</name>
    <message>
        <location filename="../pos/ui/error_catalog.py" line="+11"/>
        <source>1 check of {day} is still open. Settle it, or close the day anyway to move it to the next day.</source>
        <translation>1 Rechnung vom {day} ist noch offen. Bitte begleichen oder den Tag trotzdem abschließen, dann geht sie in den nächsten Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A USB printer&apos;s address is vendor:product in hex, e.g. 04b8:0202.</source>
        <translation>Die Adresse eines USB-Druckers ist Hersteller:Produkt in Hex, z. B. 04b8:0202.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check cannot be merged into itself.</source>
        <translation>Eine Rechnung kann nicht mit sich selbst zusammengelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check splits into at least one part.</source>
        <translation>Eine Rechnung wird in mindestens einen Teil geteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check splits into at most 50 parts.</source>
        <translation>Eine Rechnung wird in höchstens 50 Teile geteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cost cannot be below zero.</source>
        <translation>Kosten können nicht unter null liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counted quantity cannot be below zero.</source>
        <translation>Eine gezählte Menge kann nicht unter null liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount amount must be more than zero.</source>
        <translation>Ein Rabattbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file printer needs a file path.</source>
        <translation>Ein Dateidrucker braucht einen Dateipfad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed service charge must be more than zero.</source>
        <translation>Ein fester Servicezuschlag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A later day ({day}) is already closed.</source>
        <translation>Ein späterer Tag ({day}) ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A limit is between 0 and 9999 portions.</source>
        <translation>Ein Limit liegt zwischen 0 und 9999 Portionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network printer&apos;s address is host:port, e.g. 192.168.1.50:9100.</source>
        <translation>Die Adresse eines Netzwerkdruckers ist Host:Port, z. B. 192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is at most {most} characters.</source>
        <translation>Eine Notiz hat höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of a split cannot be negative.</source>
        <translation>Ein Teil einer Teilung kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage discount is between 0.01 % and 100 %.</source>
        <translation>Ein Prozentrabatt liegt zwischen 0,01 % und 100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printer connects by {transports}.</source>
        <translation>Ein Drucker wird verbunden über {transports}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printer needs a name.</source>
        <translation>Ein Drucker braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate has at most two decimals, e.g. 12.25 %.</source>
        <translation>Ein Satz hat höchstens zwei Nachkommastellen, z. B. 12,25 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recipe names an ingredient that does not exist.</source>
        <translation>Ein Rezept nennt eine Zutat, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recipe quantity is above zero.</source>
        <translation>Eine Rezeptmenge ist größer als null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reference is at most {most} characters.</source>
        <translation>Eine Referenz hat höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund must be more than zero.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A serial printer&apos;s address is the device and optionally the baud rate, e.g. /dev/ttyUSB0,19200.</source>
        <translation>Die Adresse eines seriellen Druckers ist das Gerät und optional die Baudrate, z. B. /dev/ttyUSB0,19200.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service charge needs a name of 1 to {most} characters.</source>
        <translation>Ein Servicezuschlag braucht einen Namen mit 1 bis {most} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service charge needs a name.</source>
        <translation>Ein Servicezuschlag braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service charge rate is between 0.01 % and 100 %.</source>
        <translation>Ein Servicezuschlag liegt zwischen 0,01 % und 100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station prints, shows on a kitchen display, or both.</source>
        <translation>Eine Station druckt, zeigt auf einem Küchenmonitor an oder beides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station that prints needs a printer.</source>
        <translation>Eine Station, die druckt, braucht einen Drucker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tip cannot be negative.</source>
        <translation>Trinkgeld kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {unit} of {name} must hold more than zero {base}.</source>
        <translation>Die Einheit „{unit}“ von {name} muss mehr als null {base} enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items are on one seat; assign seats first.</source>
        <translation>Alle Artikel sind auf einem Platz; zuerst Plätze zuweisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item can be on only one of the checks.</source>
        <translation>Ein Artikel kann nur auf einer der Rechnungen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item&apos;s recipe uses ingredients; adding, removing and replacing belong to options.</source>
        <translation>Das Rezept eines Artikels verwendet Zutaten; Hinzufügen, Weglassen und Ersetzen gehören zu Optionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option adds, removes or replaces ingredients.</source>
        <translation>Eine Option fügt Zutaten hinzu, lässt sie weg oder ersetzt sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another staff member already uses that PIN.</source>
        <translation>Diese PIN verwendet bereits ein anderer Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {left} of that payment can be refunded.</source>
        <translation>Von dieser Zahlung können höchstens {left} erstattet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot mix {one} and {other}.</source>
        <translation>{one} und {other} lassen sich nicht mischen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} has payments; it cannot be merged.</source>
        <translation>Rechnung {check} hat Zahlungen; sie kann nicht zusammengelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed. Reopen it first.</source>
        <translation>Rechnung {check} ist abgeschlossen. Bitte zuerst wieder öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed; it takes no more payments.</source>
        <translation>Rechnung {check} ist abgeschlossen; sie nimmt keine Zahlungen mehr an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed; its service charge cannot change.</source>
        <translation>Rechnung {check} ist abgeschlossen; ihr Servicezuschlag kann sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check {check} is merged; it takes no more payments.</source>
        <translation>Rechnung {check} wurde zusammengelegt; sie nimmt keine Zahlungen mehr an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is merged; its service charge cannot change.</source>
        <translation>Rechnung {check} wurde zusammengelegt; ihr Servicezuschlag kann sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check {check} is not closed.</source>
        <translation>Rechnung {check} ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is not open.</source>
        <translation>Rechnung {check} ist nicht offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} still has {due} due.</source>
        <translation>Auf Rechnung {check} sind noch {due} offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} was merged into another check.</source>
        <translation>Rechnung {check} wurde mit einer anderen Rechnung zusammengelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose two different locations.</source>
        <translation>Bitte zwei verschiedene Lagerorte wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course must be between 1 and {most}.</source>
        <translation>Der Gang muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course {course} has nothing on hold.</source>
        <translation>Gang {course} hat nichts zurückgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers must be between 0 and {most}.</source>
        <translation>Die Gäste müssen zwischen 0 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item must be on exactly one of the checks.</source>
        <translation>Jeder Artikel muss auf genau einer der Rechnungen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every part of the split must be more than zero.</source>
        <translation>Jeder Teil der Teilung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the discount.</source>
        <translation>Bitte einen Grund für den Rabatt angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the refund.</source>
        <translation>Bitte einen Grund für die Erstattung angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the waste.</source>
        <translation>Bitte einen Grund für den Schwund angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to reopen the check.</source>
        <translation>Bitte einen Grund angeben, um die Rechnung wieder zu öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to void an item the kitchen has.</source>
        <translation>Bitte einen Grund angeben, um einen Artikel zu stornieren, den die Küche schon hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the ingredient a name.</source>
        <translation>Bitte der Zutat einen Namen geben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the location a name.</source>
        <translation>Bitte dem Lagerort einen Namen geben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration left {n} rows with broken references; restore the backup in the backups folder.</source>
        <translation>Die Migration hat {n} Zeilen mit fehlerhaften Verweisen hinterlassen; bitte die Sicherung aus dem Ordner „backups“ wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one amount.</source>
        <translation>Bitte mindestens einen Betrag nennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least two amounts.</source>
        <translation>Bitte mindestens zwei Beträge nennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>Auf diesem Terminal ist kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such staff member.</source>
        <translation>Diesen Mitarbeiter gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new to send.</source>
        <translation>Nichts Neues zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to split the amount over.</source>
        <translation>Nichts, worauf der Betrag verteilt werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cash gives change; charge the card the exact sum.</source>
        <translation>Nur Bargeld gibt Wechselgeld; die Karte mit dem genauen Betrag belasten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order at least one pack of each line, at a price of zero or more.</source>
        <translation>Mindestens eine Packung je Zeile bestellen, zu einem Preis von null oder mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper is 32, 42 or 48 characters wide (58 mm, or 80 mm with the small or normal font).</source>
        <translation>Papier ist 32, 42 oder 48 Zeichen breit (58 mm, oder 80 mm mit kleiner oder normaler Schrift).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken on this check; split it before the first payment.</source>
        <translation>Auf dieser Rechnung sind schon Zahlungen; vor der ersten Zahlung teilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken; refund them first.</source>
        <translation>Es sind schon Zahlungen erfasst; bitte zuerst erstatten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments are already taken; refund them to change the service charge.</source>
        <translation>Es sind schon Zahlungen erfasst; bitte erstatten, um den Servicezuschlag zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken; refund them to discount.</source>
        <translation>Es sind schon Zahlungen erfasst; bitte erstatten, um einen Rabatt zu geben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer profile “{profile}” has no code page {codepage}.</source>
        <translation>Druckerprofil „{profile}“ hat keine Codepage {codepage}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put items on at least two checks.</source>
        <translation>Artikel auf mindestens zwei Rechnungen legen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity must be between 1 and {most}.</source>
        <translation>Die Menge muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received packs and cost cannot be below zero.</source>
        <translation>Eingegangene Packungen und Kosten können nicht unter null liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the discounts on check {check} before merging it.</source>
        <translation>Bitte die Rabatte auf Rechnung {check} entfernen, bevor sie zusammengelegt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point and par level are zero or more; a pack holds at least one unit.</source>
        <translation>Meldebestand und Sollbestand sind null oder mehr; eine Packung enthält mindestens eine Einheit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route either a category or an item.</source>
        <translation>Entweder eine Kategorie oder einen Artikel zuordnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which ingredient the option replaces.</source>
        <translation>Bitte angeben, welche Zutat die Option ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat must be between 1 and {most}.</source>
        <translation>Der Platz muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split evenly into 2 to 50 parts.</source>
        <translation>Gleichmäßig in 2 bis 50 Teile teilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split weights cannot be negative.</source>
        <translation>Gewichte einer Teilung können nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station “{station}” is not shown on kitchen displays (stations that are: {listed}). Set its output to “kds” or “both” in the printer setup.</source>
        <translation>Station „{station}“ wird auf keinem Küchenmonitor gezeigt (gezeigte Stationen: {listed}). Ihre Ausgabe in der Druckereinrichtung auf „kds“ oder „both“ stellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still cooking at {stations}: every station must bump it first.</source>
        <translation>Noch in Arbeit bei {stations}: Jede Station muss es zuerst erledigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table {table} already has check {check} open; resume it instead.</source>
        <translation>Tisch {table} hat bereits Rechnung {check} offen; bitte diese fortsetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table {table} has check {check} open; merge the checks instead.</source>
        <translation>Tisch {table} hat Rechnung {check} offen; bitte die Rechnungen zusammenlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. 1 more try before the PIN pad locks.</source>
        <translation>Diese PIN stimmt nicht. Noch 1 Versuch, bevor die PIN-Eingabe sperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. {left} more tries before the PIN pad locks.</source>
        <translation>Diese PIN stimmt nicht. Noch {left} Versuche, bevor die PIN-Eingabe sperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That check does not exist on this terminal.</source>
        <translation>Diese Rechnung gibt es auf diesem Terminal nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That check is not on this terminal.</source>
        <translation>Diese Rechnung ist nicht auf diesem Terminal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That discount is not on this check.</source>
        <translation>Dieser Rabatt ist nicht auf dieser Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ingredient does not exist.</source>
        <translation>Diese Zutat gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item is no longer on the menu.</source>
        <translation>Dieser Artikel ist nicht mehr auf der Karte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item is not on this ticket.</source>
        <translation>Dieser Artikel ist nicht auf diesem Bon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That job is not waiting to print.</source>
        <translation>Dieser Auftrag wartet nicht auf den Druck.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That line is not on this check.</source>
        <translation>Diese Zeile ist nicht auf dieser Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That location does not exist.</source>
        <translation>Diesen Lagerort gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That menu entry does not exist.</source>
        <translation>Diesen Karteneintrag gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That option is not offered for {item}.</source>
        <translation>Diese Option gibt es für {item} nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That option no longer exists.</source>
        <translation>Diese Option gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the split is not on this check.</source>
        <translation>Dieser Teil der Teilung ist nicht auf dieser Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is not on this check.</source>
        <translation>Diese Zahlung ist nicht auf dieser Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That print job does not exist.</source>
        <translation>Diesen Druckauftrag gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That printer does not exist.</source>
        <translation>Diesen Drucker gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purchase order does not exist.</source>
        <translation>Diese Bestellung gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That station does not exist.</source>
        <translation>Diese Station gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That supplier does not exist.</source>
        <translation>Diesen Lieferanten gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table is not on the floor plan.</source>
        <translation>Dieser Tisch ist nicht im Tischplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket does not exist.</source>
        <translation>Diesen Bon gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket is not on this check.</source>
        <translation>Dieser Bon ist nicht auf dieser Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amber time must come before the red time (both between 1 and 240 minutes).</source>
        <translation>Die Gelb-Zeit muss vor der Rot-Zeit liegen (beide zwischen 1 und 240 Minuten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount ({amount}) is more than what is due ({due}). Give the difference as change or a tip.</source>
        <translation>Der Betrag ({amount}) ist mehr als offen ist ({due}). Den Unterschied als Wechselgeld oder Trinkgeld geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts add up to {sum}, the check is {total}.</source>
        <translation>Die Beträge ergeben {sum}, die Rechnung beträgt {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup printer must be another printer.</source>
        <translation>Der Ersatzdrucker muss ein anderer Drucker sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {backup} failed its integrity check ({result}).</source>
        <translation>Die Sicherung {backup} hat die Integritätsprüfung nicht bestanden ({result}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The business day {day} is already closed.</source>
        <translation>Der Geschäftstag {day} ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business day {day} is closed (Z report); its checks cannot change. Refunds are still possible and count on today&apos;s report.</source>
        <translation>Der Geschäftstag {day} ist abgeschlossen (Z-Bericht); seine Rechnungen können sich nicht mehr ändern. Erstattungen sind weiter möglich und zählen im heutigen Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash handed over ({handed}) is less than amount and tip ({due}).</source>
        <translation>Das übergebene Bargeld ({handed}) ist weniger als Betrag und Trinkgeld ({due}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check already has a service charge; remove it first.</source>
        <translation>Die Rechnung hat bereits einen Servicezuschlag; bitte ihn zuerst entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check has no service charge.</source>
        <translation>Die Rechnung hat keinen Servicezuschlag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check is already on table {table}.</source>
        <translation>Die Rechnung ist bereits auf Tisch {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the printer at {address} broke while printing.</source>
        <translation>Die Verbindung zum Drucker unter {address} brach beim Drucken ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The covers for an automatic service charge are 0 (never) to {most}.</source>
        <translation>Die Gäste für einen automatischen Servicezuschlag sind 0 (nie) bis {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was written by a newer version of Tableside POS (schema {schema}). Install that version or newer; the file was not touched.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von Tableside POS geschrieben (Schema {schema}). Bitte diese oder eine neuere Version installieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job is already waiting for {printer}.</source>
        <translation>Der Auftrag wartet bereits auf {printer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live stream from {url} broke ({why}).</source>
        <translation>Der Live-Datenstrom von {url} ist abgerissen ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} cannot be reached ({why}).</source>
        <translation>Der Drucker unter {address} ist nicht erreichbar ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} closed the connection before printing.</source>
        <translation>Der Drucker unter {address} hat die Verbindung vor dem Drucken geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} closed the connection mid-ticket.</source>
        <translation>Der Drucker unter {address} hat die Verbindung mitten im Bon geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} closed the connection.</source>
        <translation>Der Drucker unter {address} hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} did not answer within {seconds} s.</source>
        <translation>Der Drucker unter {address} hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} did not finish taking the ticket within {seconds} s.</source>
        <translation>Der Drucker unter {address} hat den Bon nicht innerhalb von {seconds} s angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} has its cover open.</source>
        <translation>Beim Drucker unter {address} ist die Abdeckung offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} is out of paper.</source>
        <translation>Der Drucker unter {address} hat kein Papier mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} reports an error.</source>
        <translation>Der Drucker unter {address} meldet einen Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} says it is offline.</source>
        <translation>Der Drucker unter {address} meldet, dass er offline ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} stopped taking data for {seconds} s.</source>
        <translation>Der Drucker unter {address} hat {seconds} s lang keine Daten mehr angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same option was chosen twice.</source>
        <translation>Dieselbe Option wurde zweimal gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered {status}: {detail}</source>
        <translation>Der Server antwortete {status}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server at {url} did not answer ({why}).</source>
        <translation>Der Server unter {url} hat nicht geantwortet ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not acknowledge {n} events; retrying.</source>
        <translation>Der Server hat {n} Ereignisse nicht bestätigt; neuer Versuch folgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request ({http_status}).</source>
        <translation>Der Server hat die Anfrage abgelehnt ({http_status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this terminal&apos;s token.</source>
        <translation>Der Server hat das Token dieses Terminals abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer to {url} was not understood.</source>
        <translation>Die Antwort des Servers auf {url} war unverständlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tax rate set for the service charge no longer exists; choose another in the settings.</source>
        <translation>Der Steuersatz für den Servicezuschlag existiert nicht mehr; bitte in den Einstellungen einen anderen wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database cannot be written (read-only); this was not saved.</source>
        <translation>Die Datenbank des Terminals kann nicht beschrieben werden (schreibgeschützt); dies wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database failed ({cause}); this was not saved.</source>
        <translation>Die Datenbank des Terminals hat versagt ({cause}); dies wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database is busy; this was not saved. Try again.</source>
        <translation>Die Datenbank des Terminals ist beschäftigt; dies wurde nicht gespeichert. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s disk is full, so this was NOT saved. Free some space (or call support) and try again; nothing else was lost.</source>
        <translation>Der Speicher des Terminals ist voll, daher wurde dies NICHT gespeichert. Bitte Platz schaffen (oder den Support anrufen) und noch einmal versuchen; sonst ging nichts verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a location “{name}”.</source>
        <translation>Es gibt bereits einen Lagerort „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a printer called {name}.</source>
        <translation>Es gibt bereits einen Drucker namens {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an ingredient “{name}”.</source>
        <translation>Es gibt bereits eine Zutat „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Z report {number}.</source>
        <translation>Es gibt keinen Z-Bericht {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no ingredient “{name}”.</source>
        <translation>Es gibt keine Zutat „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing on the check to pay.</source>
        <translation>Auf der Rechnung ist nichts zu bezahlen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing on the check to split.</source>
        <translation>Auf der Rechnung ist nichts zu teilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in {seconds} s.</source>
        <translation>Zu viele falsche PINs. Die PIN-Eingabe ist gesperrt; in {seconds} s noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer a quantity above zero.</source>
        <translation>Bitte eine Menge über null umbuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the rate in percent, e.g. 12.5.</source>
        <translation>Den Satz in Prozent eingeben, z. B. 12,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update required.</source>
        <translation>Update erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste is a quantity above zero.</source>
        <translation>Schwund ist eine Menge über null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give discounts</source>
        <translation>Rabatte geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the cash drawer</source>
        <translation>die Kassenschublade öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund payments</source>
        <translation>Zahlungen erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopen closed checks</source>
        <translation>abgeschlossene Rechnungen wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run reports</source>
        <translation>Berichte abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up printers and stations</source>
        <translation>Drucker und Stationen einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void items</source>
        <translation>Artikel stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{failures} wrong PINs in a row. The PIN pad is locked for {seconds} s.</source>
        <translation>{failures} falsche PINs in Folge. Die PIN-Eingabe ist für {seconds} s gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ingredient} is in the recipe twice; give it once, with the whole quantity.</source>
        <translation>{ingredient} steht zweimal im Rezept; bitte einmal mit der ganzen Menge angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is 86&apos;d: limit reached.</source>
        <translation>{item} ist aus (86): Limit erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is 86&apos;d: {why}.</source>
        <translation>{item} ist aus (86): {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is already voided.</source>
        <translation>{item} ist bereits storniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose a “{group}”.</source>
        <translation>{item}: bitte „{group}“ wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose at least {need} from “{group}”.</source>
        <translation>{item}: mindestens {need} aus „{group}“ wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose at most {most} from “{group}”.</source>
        <translation>{item}: höchstens {most} aus „{group}“ wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: only {left} left.</source>
        <translation>{item}: nur noch {left} übrig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action} either.</source>
        <translation>Auch {name} darf nicht: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action}. A manager&apos;s PIN can allow it.</source>
        <translation>{name} darf nicht: {action}. Die PIN der Leitung kann es erlauben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action}. The owner&apos;s PIN can allow it.</source>
        <translation>{name} darf nicht: {action}. Die PIN des Inhabers kann es erlauben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} checks of {day} are still open. Settle them, or close the day anyway to move them to the next day.</source>
        <translation>{n} Rechnungen vom {day} sind noch offen. Bitte begleichen oder den Tag trotzdem abschließen, dann gehen sie in den nächsten Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{po} was already received.</source>
        <translation>{po} ist bereits eingegangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is not connected ({why}).</source>
        <translation>{printer} ist nicht verbunden ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} stopped while printing ({why}).</source>
        <translation>{printer} hat beim Drucken aufgehört ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{text}” is not a number.</source>
        <translation>{what} „{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{text}” is not a whole number.</source>
        <translation>{what} „{text}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“per” must be more than zero.</source>
        <translation>„per“ muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{code}” is not one of the 14 allergens ({allergens}).</source>
        <translation>„{code}“ ist keines der 14 Allergene ({allergens}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is below zero.</source>
        <translation>„{text}“ liegt unter null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a quantity like 250 g or 1.5 kg.</source>
        <translation>„{text}“ ist keine Menge wie 250 g oder 1,5 kg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{unit}” is not a unit of this ingredient (use {known}).</source>
        <translation>„{unit}“ ist keine Einheit dieser Zutat (möglich: {known}).</translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <location filename="../pos/ui/printers/dialog.py" line="+42"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Printers and tickets</source>
        <translation>Drucker und Bons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to print</source>
        <translation>Warten auf Druck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recently printed</source>
        <translation>Zuletzt gedruckt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fire</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+94"/>
        <source>Reprint</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>instead of %1</source>
        <translation>statt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing now</source>
        <translation>wird gedruckt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All printers answer.</source>
        <translation>Alle Drucker antworten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other printer…</source>
        <translation>Anderer Drucker…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to another printer</source>
        <translation>An einen anderen Drucker senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark printed</source>
        <translation>Als gedruckt markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No tickets are waiting.</source>
        <translation>Keine Bons warten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print this ticket again</source>
        <translation>Diesen Bon erneut drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing printed yet.</source>
        <translation>Noch nichts gedruckt.</translation>
    </message>
</context>
<context>
    <name>PrintJobsPresenter</name>
    <message>
        <location filename="../pos/ui/printers/presenter.py" line="+97"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trying that ticket again now.</source>
        <translation>Der Bon wird jetzt erneut versucht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked as printed.</source>
        <translation>Als gedruckt markiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing it again, marked REPRINT.</source>
        <translation>Wird erneut gedruckt, markiert als NACHDRUCK.</translation>
    </message>
</context>
<context>
    <name>PrinterSetupPresenter</name>
    <message>
        <location filename="../pos/ui/printers/setup.py" line="+139"/>
        <source>Printer %1 saved.</source>
        <translation>Drucker %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Station %1 saved.</source>
        <translation>Station %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Routing saved.</source>
        <translation>Zuordnung gespeichert.</translation>
    </message>
</context>
<context>
    <name>PrinterSetupScreen</name>
    <message>
        <location filename="../pos/ui/printers/setup_screen.py" line="+71"/>
        <location line="+10"/>
        <source>Printers and stations</source>
        <translation>Drucker und Stationen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>Seriell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Kitchen display</source>
        <translation>Küchenmonitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer and display</source>
        <translation>Drucker und Monitor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add printer</source>
        <translation>Drucker hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>32 (58 mm)</source>
        <translation>32 (58 mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>42 (80 mm)</source>
        <translation>42 (80 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>48 (80 mm, small font)</source>
        <translation>48 (80 mm, kleine Schrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per line</source>
        <translation>Zeichen pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Printer profile</source>
        <translation>Druckerprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Codepage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutter</source>
        <translation>Abschneider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a paper cutter</source>
        <translation>Hat einen Papierabschneider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buzzer</source>
        <translation>Summer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buzzes on a new ticket</source>
        <translation>Summt bei einem neuen Bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers status</source>
        <translation>Meldet Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers the status request</source>
        <translation>Beantwortet die Statusabfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save printer</source>
        <translation>Drucker speichern</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+33"/>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Backup printer</source>
        <translation>Ersatzdrucker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer of %1</source>
        <translation>Drucker von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup printer of %1</source>
        <translation>Ersatzdrucker von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Station for %1</source>
        <translation>Station für %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New printer</source>
        <translation>Neuer Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1</source>
        <translation>Drucker %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host:port, e.g. 192.168.1.50:9100</source>
        <translation>Host:Port, z. B. 192.168.1.50:9100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor:product, e.g. 04b8:0202</source>
        <translation>Hersteller:Produkt, z. B. 04b8:0202</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device[,baud], e.g. /dev/ttyUSB0,19200</source>
        <translation>Gerät[,Baud], z. B. /dev/ttyUSB0,19200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file path</source>
        <translation>ein Dateipfad</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../pos/ui/payment/closed.py" line="-50"/>
        <source>Wrong tender taken</source>
        <translation>Falsche Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest ordered more</source>
        <translation>Gast hat nachbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip to correct</source>
        <translation>Trinkgeld korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by mistake</source>
        <translation>Versehentlich abgeschlossen</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../pos/ui/kds/dialogs.py" line="+17"/>
        <source>Recipe card</source>
        <translation>Rezeptkarte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none declared</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergens: %1</source>
        <translation>Allergene: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prep notes for this item yet.</source>
        <translation>Noch keine Zubereitungshinweise für diesen Artikel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecipesPage</name>
    <message>
        <location filename="../pos/ui/inventory/recipes.py" line="+48"/>
        <source>Ingredient</source>
        <translation>Zutat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingredient to edit</source>
        <translation>Zu bearbeitende Zutat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per unit (cents)</source>
        <translation>Kosten je Einheit (Cent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par level</source>
        <translation>Sollbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack name</source>
        <translation>Packungsname</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergens</source>
        <translation>Allergene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save ingredient</source>
        <translation>Zutat speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add ingredient</source>
        <translation>Zutat hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option of the item</source>
        <translation>Option des Artikels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add change</source>
        <translation>Änderung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save option</source>
        <translation>Option speichern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No supplier</source>
        <translation>Kein Lieferant</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Ingredient %1</source>
        <translation>Zutat %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line %1</source>
        <translation>Zeile %1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>adds</source>
        <translation>fügt hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removes</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingredient of change %1</source>
        <translation>Zutat der Änderung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced in change %1</source>
        <translation>Ersetzt in Änderung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity of change %1</source>
        <translation>Menge der Änderung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove change %1</source>
        <translation>Änderung %1 entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New ingredient</source>
        <translation>Neue Zutat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost %1 · food cost %2 % of %3</source>
        <translation>Kosten %1 · Wareneinsatz %2 % von %3</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../pos/ui/reports/document.py" line="+64"/>
        <location line="+218"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Z report %1 · business day %2</source>
        <translation>Z-Bericht %1 · Geschäftstag %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X report · business day %1</source>
        <translation>X-Bericht · Geschäftstag %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terminal %1 · made %2 %3</source>
        <translation>Kasse %1 · erstellt %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>X report: the day so far; nothing was closed.</source>
        <translation>X-Bericht: der Tag bisher; nichts wurde abgeschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed by a manager while checks were still open; they moved to the next day.</source>
        <translation>Von der Leitung abgeschlossen, während noch Rechnungen offen waren; sie gingen in den nächsten Tag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voids (%1)</source>
        <translation>Stornos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discounts (%1)</source>
        <translation>Rabatte (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service charges (%1)</source>
        <translation>Servicezuschläge (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(included)</source>
        <translation>(enthalten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+59"/>
        <source>Tips</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+97"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Guests and checks</source>
        <translation>Gäste und Rechnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+19"/>
        <location line="+76"/>
        <source>Checks</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+48"/>
        <source>Covers</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Average check</source>
        <translation>Durchschnitt je Rechnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average per cover</source>
        <translation>Durchschnitt je Gast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First order</source>
        <translation>Erste Bestellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments by tender</source>
        <translation>Zahlungen nach Zahlungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected in the drawer</source>
        <translation>Erwartet in der Lade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips by server</source>
        <translation>Trinkgeld nach Bedienung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By server</source>
        <translation>Nach Bedienung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales by category</source>
        <translation>Umsatz nach Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sales by item</source>
        <translation>Umsatz nach Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales by hour</source>
        <translation>Umsatz nach Stunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voids by reason</source>
        <translation>Stornos nach Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voids by who approved</source>
        <translation>Stornos nach Freigabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discounts by reason</source>
        <translation>Rabatte nach Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discounts by who approved</source>
        <translation>Rabatte nach Freigabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(check of %1)</source>
        <translation>(Rechnung vom %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table turnover by area</source>
        <translation>Tischumschlag nach Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table turnover by table</source>
        <translation>Tischumschlag nach Tisch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average seated</source>
        <translation>Sitzdauer im Schnitt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks carried to the next day</source>
        <translation>In den nächsten Tag übertragene Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks still open</source>
        <translation>Noch offene Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>ReportsPresenter</name>
    <message>
        <location filename="../pos/ui/reports/presenter.py" line="+172"/>
        <source>Z report %1 stored. The business day is closed.</source>
        <translation>Z-Bericht %1 gespeichert. Der Geschäftstag ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to the receipt printer.</source>
        <translation>An den Belegdrucker gesendet.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../pos/ui/reports/screen.py" line="+43"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash expected</source>
        <translation>Bargeld erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash difference</source>
        <translation>Kassendifferenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole report</source>
        <translation>Der ganze Bericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today (X)</source>
        <translation>Heute (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s figures so far</source>
        <translation>Die Zahlen von heute bisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier Z reports:</source>
        <translation>Frühere Z-Berichte:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Floor</source>
        <translation>Tische</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the floor plan</source>
        <translation>Zurück zum Tischplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash count</source>
        <translation>Kassensturz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash drawer</source>
        <translation>Kassenlade zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on the receipt printer</source>
        <translation>Auf dem Belegdrucker drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close day (Z)</source>
        <translation>Tagesabschluss (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the business day with a Z report</source>
        <translation>Geschäftstag mit Z-Bericht abschließen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Peak hours</source>
        <translation>Stoßzeiten</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sales yet.</source>
        <translation>Noch keine Umsätze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by hour</source>
        <translation>Umsatz nach Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by category</source>
        <translation>Umsatz nach Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales trend</source>
        <translation>Umsatzverlauf</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Z report %1</source>
        <translation>Z-Bericht %1 zeigen</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <location filename="../pos/ui/runtime.py" line="+224"/>
        <source>Something went wrong; it was not saved. Try again, and tell a manager if it happens again.</source>
        <translation>Etwas ist schiefgegangen; es wurde nicht gespeichert. Bitte noch einmal versuchen und der Leitung Bescheid geben, wenn es wieder passiert.</translation>
    </message>
</context>
<context>
    <name>ServiceChargePresenter</name>
    <message>
        <location filename="../pos/ui/preferences/service_charge.py" line="+187"/>
        <source>Give the service charge a name.</source>
        <translation>Geben Sie dem Servicezuschlag einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is between 0.01 % and 100 %.</source>
        <translation>Der Satz liegt zwischen 0,01 % und 100 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guests for the automatic charge: 0 (no automatic charge) to %1.</source>
        <translation>Gäste für den automatischen Zuschlag: 0 (kein automatischer Zuschlag) bis %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may not change the service charge. The owner allows it with their PIN.</source>
        <translation>%1 darf den Servicezuschlag nicht ändern. Der Inhaber erlaubt es mit seiner PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN may not change the service charge either: nothing was saved.</source>
        <translation>Auch diese PIN darf den Servicezuschlag nicht ändern: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right: nothing was saved. Enter the owner&apos;s PIN again.</source>
        <translation>Diese PIN stimmt nicht: Nichts wurde gespeichert. Geben Sie die PIN des Inhabers erneut ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Service charge saved.</source>
        <translation>Servicezuschlag gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: the service charge needs the owner&apos;s PIN.</source>
        <translation>Nicht gespeichert: Der Servicezuschlag braucht die PIN des Inhabers.</translation>
    </message>
</context>
<context>
    <name>ServiceChargeScreen</name>
    <message>
        <location filename="../pos/ui/preferences/service_charge_screen.py" line="+47"/>
        <location line="+6"/>
        <source>Service charge</source>
        <translation>Servicezuschlag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Saving the rule needs the admin permission: the owner allows it with their PIN.</source>
        <translation>Zum Speichern der Regel braucht es das Admin-Recht: Der Inhaber erlaubt es mit seiner PIN.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the service charge</source>
        <translation>Servicezuschlag speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Owner&apos;s PIN</source>
        <translation>PIN des Inhabers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name of the service charge</source>
        <translation>Name des Servicezuschlags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Service</source>
        <translation>z. B. Bedienung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate in percent</source>
        <translation>Satz in Prozent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One guest fewer</source>
        <translation>Ein Gast weniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guests for the automatic charge</source>
        <translation>Gäste für den automatischen Zuschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One guest more</source>
        <translation>Ein Gast mehr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic from (guests)</source>
        <translation>Automatisch ab (Gäste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 = no automatic charge</source>
        <translation>0 = kein automatischer Zuschlag</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Typing the rate</source>
        <translation>Eingabe: Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typing the guests</source>
        <translation>Eingabe: Gäste</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No tax</source>
        <translation>Keine Steuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not taxed</source>
        <translation>Nicht besteuert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 — none</source>
        <translation>0 — keiner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checks with %1 or more guests get it automatically when payment starts.</source>
        <translation>Rechnungen mit %1 oder mehr Gästen bekommen ihn automatisch, sobald das Bezahlen beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No automatic charge: servers add it by hand when taking payment.</source>
        <translation>Kein automatischer Zuschlag: Das Servicepersonal fügt ihn beim Kassieren von Hand hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxed at %1.</source>
        <translation>Besteuert mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taxed.</source>
        <translation>Nicht besteuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its tax rate no longer exists: choose one.</source>
        <translation>Sein Steuersatz existiert nicht mehr: Bitte einen wählen.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../pos/ui/preferences/screen.py" line="+34"/>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the floor</source>
        <translation>Zurück zum Tischplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service charge</source>
        <translation>Servicezuschlag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printers and stations</source>
        <translation>Drucker und Stationen</translation>
    </message>
</context>
<context>
    <name>SplitAmountsDialog</name>
    <message>
        <location filename="../pos/ui/payment/dialogs.py" line="-253"/>
        <location line="+1"/>
        <source>Split into amounts</source>
        <translation>In Beträge teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check total %1</source>
        <translation>Rechnungssumme %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Part %1: %2 (the rest)</source>
        <translation>Teil %1: %2 (der Rest)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
</context>
<context>
    <name>SplitItemsDialog</name>
    <message>
        <location line="-138"/>
        <location line="+1"/>
        <source>Split by item</source>
        <translation>Nach Artikel teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tap an item to move it to the next check.</source>
        <translation>Einen Artikel antippen, um ihn auf die nächste Rechnung zu legen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a check</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check %1 · %2</source>
        <translation>Rechnung %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on check %2</source>
        <translation>%1 auf Rechnung %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put items on at least two checks.</source>
        <translation>Artikel auf mindestens zwei Rechnungen legen.</translation>
    </message>
</context>
<context>
    <name>StatusPresenter</name>
    <message>
        <location filename="../pos/ui/status.py" line="+78"/>
        <source>No printers configured</source>
        <translation>Keine Drucker eingerichtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1: %2</source>
        <translation>Drucker %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n printers need attention</source>
        <translation>
            <numerusform>%n Drucker braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Drucker brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets waiting to print</source>
        <translation>
            <numerusform>%n Bon wartet auf Druck</numerusform>
            <numerusform>%n Bons warten auf Druck</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers OK</source>
        <translation>Drucker OK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online · synced %1</source>
        <translation>Online · abgeglichen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Offline · %n queued</source>
        <translation>
            <numerusform>Offline · %n wartet</numerusform>
            <numerusform>Offline · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update required: orders are kept</source>
        <translation>Update nötig: Bestellungen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server: orders are kept</source>
        <translation>Vom Server abgewiesen: Bestellungen bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgewiesen</numerusform>
            <numerusform>%n abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the clock</source>
        <translation>Uhrzeit prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business day %1</source>
        <translation>Geschäftstag %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Standalone</source>
        <translation>Eigenständig</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business day</source>
        <translation>Geschäftstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="-408"/>
        <source>Less: %1</source>
        <translation>Weniger: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../pos/ui/inventory/stock.py" line="+44"/>
        <source>Stock on hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock levels</source>
        <translation>Lagerbestände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingredient</source>
        <translation>Zutat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder at</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>86 and limits</source>
        <translation>86 und Limits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items 86&apos;d or limited</source>
        <translation>Artikel aus (86) oder limitiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item to limit</source>
        <translation>Zu limitierender Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One portion fewer</source>
        <translation>Eine Portion weniger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One portion more</source>
        <translation>Eine Portion mehr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Limit</source>
        <translation>Limitieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to these portions</source>
        <translation>Auf diese Portionen limitieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>86 now</source>
        <translation>Jetzt 86</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift limit</source>
        <translation>Limit aufheben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 ingredients · %2 low · %3 negative</source>
        <translation>%1 Zutaten · %2 knapp · %3 negativ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — 86&apos;d: %2</source>
        <translation>%1 — aus (86): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 left</source>
        <translation>%1 — noch %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is 86&apos;d or limited.</source>
        <translation>Nichts ist aus (86) oder limitiert.</translation>
    </message>
</context>
<context>
    <name>TableButton</name>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="-152"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n covers</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>food ready</source>
        <translation>Essen fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to pay</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
</context>
<context>
    <name>TablePicker</name>
    <message>
        <location filename="../pos/ui/floor/tools.py" line="-75"/>
        <source>Move a check: tap the table it is on.</source>
        <translation>Rechnung umsetzen: den Tisch antippen, an dem sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tables: tap the table whose check moves over.</source>
        <translation>Tische zusammenlegen: den Tisch antippen, dessen Rechnung hinüberwandert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table %1 has no open check.</source>
        <translation>Tisch %1 hat keine offene Rechnung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move check %1 from table %2: tap a free table.</source>
        <translation>Rechnung %1 von Tisch %2 umsetzen: einen freien Tisch antippen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge check %1 of table %2 into: tap another open table.</source>
        <translation>Rechnung %1 von Tisch %2 zusammenlegen mit: einen anderen offenen Tisch antippen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check %1 moved from table %2 to table %3.</source>
        <translation>Rechnung %1 von Tisch %2 an Tisch %3 umgesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 has no open check to merge into.</source>
        <translation>Tisch %1 hat keine offene Rechnung zum Zusammenlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1 of table %2 merged into table %3.</source>
        <translation>Rechnung %1 von Tisch %2 mit Tisch %3 zusammengelegt.</translation>
    </message>
</context>
<context>
    <name>VoidReasonDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="-193"/>
        <source>Guest changed their mind</source>
        <translation>Gast hat es sich anders überlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item rung</source>
        <translation>Falscher Artikel gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen mistake</source>
        <translation>Fehler der Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality complaint</source>
        <translation>Qualitätsreklamation</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Void reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is %1 voided?</source>
        <translation>Warum wird %1 storniert?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <location filename="../pos/ui/inventory/stock.py" line="+17"/>
        <source>Ingredient</source>
        <translation>Zutat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wasted ingredient</source>
        <translation>Verdorbene Zutat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity (e.g. 250 g, 1.5 kg, 3)</source>
        <translation>Menge (z. B. 250 g, 1.5 kg, 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wasted quantity</source>
        <translation>Schwundmenge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Heruntergefallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoiled</source>
        <translation>Verdorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overcooked</source>
        <translation>Verkocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record waste</source>
        <translation>Schwund erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type %1</source>
        <translation>%1 eingeben</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>On hand: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../pos/ui/formatting.py" line="+96"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 h</source>
        <translation>%1:%2 Std.</translation>
    </message>
</context>
</TS>
