<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoversDialog</name>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="+150"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KdsScreen</name>
    <message numerus="yes">
        <location filename="../pos/ui/kds/screen.py" line="+92"/>
        <source>%n tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more off screen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message numerus="yes">
        <location filename="../pos/ui/order/dialogs.py" line="+103"/>
        <source>choose %n</source>
        <translation>
            <numerusform>choose %n</numerusform>
            <numerusform>choose %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>optional, up to %n</source>
        <translation>
            <numerusform>optional, up to %n</numerusform>
            <numerusform>optional, up to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>“%1”: at most %n choices.</source>
        <translation>
            <numerusform>“%1”: at most %n choice.</numerusform>
            <numerusform>“%1”: at most %n choices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPresenter</name>
    <message numerus="yes">
        <location filename="../pos/ui/order/presenter.py" line="+340"/>
        <source>Sent %n item(s) to the kitchen.</source>
        <translation>
            <numerusform>Sent %n item to the kitchen.</numerusform>
            <numerusform>Sent %n items to the kitchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message numerus="yes">
        <location filename="../pos/ui/order/screen.py" line="+296"/>
        <source>%n covers</source>
        <translation>
            <numerusform>%n cover</numerusform>
            <numerusform>%n covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message numerus="yes">
        <location filename="../pos/ui/payment/screen.py" line="+69"/>
        <source>%n ways</source>
        <translation>
            <numerusform>%n way</numerusform>
            <numerusform>%n ways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split evenly %n ways</source>
        <translation>
            <numerusform>Split evenly %n way</numerusform>
            <numerusform>Split evenly %n ways</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPresenter</name>
    <message numerus="yes">
        <location filename="../pos/ui/pin/presenter.py" line="+124"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in %n s.</source>
        <translation>
            <numerusform>Too many wrong PINs. The PIN pad is locked; try again in %n s.</numerusform>
            <numerusform>Too many wrong PINs. The PIN pad is locked; try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message numerus="yes">
        <location filename="../pos/ui/pin/screen.py" line="+67"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message numerus="yes">
        <location filename="../pos/ui/printers/dialog.py" line="+115"/>
        <source>%n tries</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPresenter</name>
    <message numerus="yes">
        <location filename="../pos/ui/status.py" line="+85"/>
        <source>%n printers need attention</source>
        <translation>
            <numerusform>%n printer needs attention</numerusform>
            <numerusform>%n printers need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets waiting to print</source>
        <translation>
            <numerusform>%n ticket waiting to print</numerusform>
            <numerusform>%n tickets waiting to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Offline · %n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableButton</name>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="-84"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n covers</source>
        <translation>
            <numerusform>%n cover</numerusform>
            <numerusform>%n covers</numerusform>
        </translation>
    </message>
</context>
</TS>
