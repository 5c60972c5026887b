<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../pos/ui/widgets.py" line="91"/>
        <location filename="../pos/ui/widgets.py" line="92"/>
        <source>Keypad</source>
        <comment>Clear</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/widgets.py" line="95"/>
        <source>Keypad</source>
        <comment>Delete</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/widgets.py" line="99"/>
        <source>Keypad</source>
        <comment>Digit %1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoversDialog</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="133"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="134"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="137"/>
        <source>Table %1: how many guests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="143"/>
        <source>%n guests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="150"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorCanvas</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="86"/>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorScreen</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="166"/>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="182"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="182"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="183"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="184"/>
        <source>Waiting to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="185"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../pos/ui/main_window.py" line="47"/>
        <source>Tableside POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/main_window.py" line="153"/>
        <source>Logged out after a while without a touch. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="191"/>
        <location filename="../pos/ui/order/dialogs.py" line="192"/>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="201"/>
        <source>Manager PIN entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="208"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="209"/>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../pos/ui/widgets.py" line="114"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="48"/>
        <source>Options for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="82"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/order/dialogs.py" line="95"/>
        <source>choose %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/order/dialogs.py" line="97"/>
        <source>optional, up to %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="98"/>
        <source>choose %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/order/dialogs.py" line="112"/>
        <source>“%1”: at most %n choices.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="130"/>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="248"/>
        <source>Note for the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="249"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="254"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="266"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="267"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPresenter</name>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="137"/>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="137"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="138"/>
        <source>Course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="267"/>
        <source>Tap a line on the check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/order/presenter.py" line="329"/>
        <source>Sent %n item(s) to the kitchen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="331"/>
        <source>Held: course %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="341"/>
        <source>No course is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="348"/>
        <source>Course %1 fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="359"/>
        <source>There is nothing on the check to pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="71"/>
        <source>Order entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="103"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="130"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="131"/>
        <source>Void the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="132"/>
        <source>Hold later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="133"/>
        <source>Hold later courses when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="134"/>
        <location filename="../pos/ui/order/screen.py" line="250"/>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="135"/>
        <source>Fire the next course on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="142"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="143"/>
        <source>Back to the floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="144"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="145"/>
        <source>Send to the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="147"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="148"/>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="168"/>
        <location filename="../pos/ui/order/screen.py" line="169"/>
        <source>Search the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="173"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="174"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="178"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="207"/>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="208"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="209"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="210"/>
        <location filename="../pos/ui/order/screen.py" line="243"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="211"/>
        <source>Note for the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="239"/>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="240"/>
        <source>Seat –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="241"/>
        <source>Course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="243"/>
        <source>Note ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="249"/>
        <source>Fire course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="261"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/order/screen.py" line="263"/>
        <source>%n covers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="305"/>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="306"/>
        <source>86: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="307"/>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="313"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="313"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="314"/>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="357"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="358"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="360"/>
        <source>incl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="363"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="365"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="366"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPresenter</name>
    <message>
        <location filename="../pos/ui/payment/presenter.py" line="148"/>
        <source>Nothing is due on this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/presenter.py" line="158"/>
        <source>Paid. The check is closed and the table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/presenter.py" line="159"/>
        <source>Paid. Choose the next part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="32"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="57"/>
        <source>Split the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/payment/screen.py" line="61"/>
        <source>%n ways</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/payment/screen.py" line="62"/>
        <source>Split evenly %n ways</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="66"/>
        <source>By seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="67"/>
        <source>Split by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="72"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="77"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="83"/>
        <source>Back to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="92"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="96"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="101"/>
        <source>No tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="103"/>
        <source>Tip %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="109"/>
        <source>Cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="113"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="118"/>
        <source>Card (external terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="123"/>
        <source>Card terminal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="124"/>
        <source>Reference from the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="127"/>
        <source>Charge the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="135"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="141"/>
        <source>Done — back to the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="152"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="154"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="156"/>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="158"/>
        <source>Tips %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="159"/>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="170"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="172"/>
        <source>Part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="177"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="180"/>
        <source>Tip %1 · to take %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="188"/>
        <source>Cash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="189"/>
        <source>Charge card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="195"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPresenter</name>
    <message>
        <location filename="../pos/ui/pin/presenter.py" line="95"/>
        <source>Enter your PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/pin/presenter.py" line="117"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/pin/presenter.py" line="131"/>
        <source>The PIN pad is unlocked. Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="21"/>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="32"/>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="36"/>
        <source>PIN entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="41"/>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="48"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/pin/screen.py" line="67"/>
        <source>%n digits entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPresenter</name>
    <message>
        <location filename="../pos/ui/status.py" line="64"/>
        <source>No printers configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="69"/>
        <source>Printer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="70"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/status.py" line="71"/>
        <source>%n printers need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/status.py" line="74"/>
        <source>%n tickets waiting to print</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="75"/>
        <source>Printers OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="82"/>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="83"/>
        <source>Business day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="85"/>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../pos/ui/status.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="110"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="127"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="128"/>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="129"/>
        <source>Server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/status.py" line="130"/>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="47"/>
        <source>Less: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/screen.py" line="53"/>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableButton</name>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="60"/>
        <source>%n seats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="61"/>
        <location filename="../pos/ui/floor/screen.py" line="68"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="63"/>
        <source>%n covers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="68"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="69"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="69"/>
        <source>waiting to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="70"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="72"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidReasonDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="159"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="160"/>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="163"/>
        <source>Why is %1 voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="170"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../pos/ui/formatting.py" line="83"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pos/ui/formatting.py" line="86"/>
        <source>%1:%2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
