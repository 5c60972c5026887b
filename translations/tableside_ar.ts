<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../pos/ui/kds/presenter.py" line="+110"/>
        <source>EXPO</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 covers</source>
        <translation>%1 ضيوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIRE course %1</source>
        <translation>أطلق الطبق %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a card first (its number on the bump bar).</source>
        <translation>اختر بطاقة أولاً (رقمها على لوحة الإنهاء).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to recall.</source>
        <translation>لا شيء لاستعادته.</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../pos/ui/reports/dialogs.py" line="+36"/>
        <location line="+1"/>
        <source>Cash count</source>
        <translation>عدّ النقد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count the drawer: tap a note or coin, then type how many.</source>
        <translation>عُدّ الدرج: المس ورقة نقدية أو عملة، ثم أدخل العدد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this count</source>
        <translation>اعتمد هذا العدّ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 pieces of %2</source>
        <translation>%1 قطعة من فئة %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted %1</source>
        <translation>المعدود %1</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Close the business day</source>
        <translation>إغلاق يوم العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close business day %1 with a Z report? It is numbered and stored, and cannot be changed afterwards.</source>
        <translation>هل تريد إغلاق يوم العمل %1 بتقرير Z؟ يُرقّم ويُحفظ ولا يمكن تغييره بعد ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash counted: %1</source>
        <translation>النقد المعدود: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash has not been counted.</source>
        <translation>لم يُعدّ النقد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the day</source>
        <translation>أغلق اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>أغلق على أي حال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close anyway: open checks move to the next day</source>
        <translation>أغلق على أي حال: تنتقل الفواتير المفتوحة إلى اليوم التالي</translation>
    </message>
</context>
<context>
    <name>ClosedChecksDialog</name>
    <message>
        <location filename="../pos/ui/payment/closed.py" line="+163"/>
        <location line="+1"/>
        <source>Closed checks</source>
        <translation>الفواتير المغلقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed checks today</source>
        <translation>فواتير أُغلقت اليوم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt copy</source>
        <translation>نسخة الإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a copy of %1</source>
        <translation>اطبع نسخة من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen %1</source>
        <translation>أعد فتح %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check has been closed today.</source>
        <translation>لم تُغلق أي فاتورة اليوم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the check reopened?</source>
        <translation>لماذا يعاد فتح الفاتورة؟</translation>
    </message>
</context>
<context>
    <name>ClosedChecksPresenter</name>
    <message>
        <location line="-151"/>
        <source>Receipt copy sent to the printer.</source>
        <translation>أُرسلت نسخة الإيصال إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../pos/ui/inventory/count.py" line="+51"/>
        <source>Save count</source>
        <translation>حفظ الجرد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 less</source>
        <translation>%1: أقل بـ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted %1</source>
        <translation>المعدود %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 more</source>
        <translation>%1: أكثر بـ %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected %1</source>
        <translation>المتوقع %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>عدّ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting: %1</source>
        <translation>يجري عدّ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a count to type it.</source>
        <translation>اضغط على عدد لكتابته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance of this count: %1</source>
        <translation>فرق هذا الجرد: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 counted</source>
        <translation>تم عدّ %1 من %2</translation>
    </message>
</context>
<context>
    <name>CoversDialog</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="+140"/>
        <source>Covers</source>
        <translation>عدد الضيوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table %1: how many guests?</source>
        <translation>طاولة %1: كم عدد الضيوف؟</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n guests</source>
        <translation>
            <numerusform>لا ضيوف</numerusform>
            <numerusform>ضيف واحد</numerusform>
            <numerusform>ضيفان</numerusform>
            <numerusform>%Ln ضيوف</numerusform>
            <numerusform>%Ln ضيفًا</numerusform>
            <numerusform>%Ln ضيف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../pos/ui/payment/dialogs.py" line="+30"/>
        <source>Regular guest</source>
        <translation>ضيف دائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff meal</source>
        <translation>وجبة الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy hour</source>
        <translation>ساعة التخفيضات</translation>
    </message>
    <message>
        <location line="+223"/>
        <location line="+1"/>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount on</source>
        <translation>الخصم على</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole check</source>
        <translation>الفاتورة كاملة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Given</source>
        <translation>الممنوح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off %2 (%3) · remove</source>
        <translation>خصم %1 على %2 (%3) · إزالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the discount %1</source>
        <translation>أزل الخصم %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 percent</source>
        <translation>%1 بالمئة</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Reason for the discount</source>
        <translation>سبب الخصم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give discount</source>
        <translation>امنح الخصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 % off</source>
        <translation>خصم %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 off</source>
        <translation>خصم %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose how much first.</source>
        <translation>اختر المقدار أولاً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for the discount.</source>
        <translation>اذكر سببًا للخصم.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../pos/ui/errors.py" line="+82"/>
        <source>Something went wrong on this terminal. Everything saved is safe; if what you just did is not shown, do it again. A manager can find the details in the log.</source>
        <translation>حدث خطأ ما على هذه المحطة. كل ما حُفظ آمن؛ إن لم يظهر ما فعلته للتو فأعد فعله. يجد المدير التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>FloorCanvas</name>
    <message>
        <location filename="../pos/ui/floor/screen.py" line="-64"/>
        <source>Floor plan</source>
        <translation>مخطط الصالة</translation>
    </message>
</context>
<context>
    <name>FloorScreen</name>
    <message>
        <location line="+88"/>
        <source>Floor plan</source>
        <translation>مخطط الصالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (managers)</source>
        <translation>التقارير (للمديرين)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (managers)</source>
        <translation>الإعدادات (للمديرين)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock (managers)</source>
        <translation>المخزون (للمديرين)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Free</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to pay</source>
        <translation>بانتظار الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
</context>
<context>
    <name>FloorTools</name>
    <message>
        <location filename="../pos/ui/floor/tools.py" line="+134"/>
        <source>Move check</source>
        <translation>نقل فاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a check to another table</source>
        <translation>انقل فاتورة إلى طاولة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tables</source>
        <translation>دمج الطاولات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge two tables&apos; checks</source>
        <translation>ادمج فاتورتي طاولتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed checks</source>
        <translation>الفواتير المغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s closed checks</source>
        <translation>فواتير اليوم المغلقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to tap</source>
        <translation>ما يجب النقر عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop moving or merging</source>
        <translation>أوقف النقل أو الدمج</translation>
    </message>
</context>
<context>
    <name>InventoryPresenter</name>
    <message>
        <location filename="../pos/ui/inventory/presenter.py" line="+192"/>
        <source>%1: limit lifted.</source>
        <translation>%1: أُلغي الحد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is 86&apos;d.</source>
        <translation>%1 نفد (86).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 left.</source>
        <translation>%1: بقي %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an ingredient.</source>
        <translation>اختر مكوّنًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waste recorded: %1 now has %2.</source>
        <translation>سُجّل الهدر: لدى %1 الآن %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tap an ingredient to count it first.</source>
        <translation>اضغط على مكوّن لعدّه أولًا.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Count at least one ingredient.</source>
        <translation>عدّ مكوّنًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count saved: %1 ingredients.</source>
        <translation>حُفظ الجرد: %1 مكوّنات.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ordered from %2.</source>
        <translation>طُلب %1 من %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 received; stock and costs updated.</source>
        <translation>استُلم %1؛ حُدّث المخزون والتكاليف.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par level</source>
        <translation>المستوى المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>حجم العبوة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recipe of %1 saved.</source>
        <translation>حُفظت وصفة %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Option recipe saved.</source>
        <translation>حُفظت وصفة الخيار.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../pos/ui/inventory/screen.py" line="+29"/>
        <location line="+5"/>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock and 86</source>
        <translation>المخزون و86</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waste</source>
        <translation>الهدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocktake</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchase orders</source>
        <translation>أوامر الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipes</source>
        <translation>الوصفات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to the floor</source>
        <translation>العودة إلى الصالة</translation>
    </message>
</context>
<context>
    <name>KdsBoard</name>
    <message>
        <location filename="../pos/ui/kds/board.py" line="+133"/>
        <source>Kitchen tickets</source>
        <translation>تذاكر المطبخ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bumped</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No open tickets</source>
        <translation>لا تذاكر مفتوحة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>LATE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>RUSH</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CHANGED</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RECALLED</source>
        <translation>مستعاد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CONFIRM</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for stations</source>
        <translation>بانتظار المحطات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUMP</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>KdsScreen</name>
    <message>
        <location filename="../pos/ui/kds/screen.py" line="+29"/>
        <source>Kitchen display</source>
        <translation>شاشة المطبخ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bump</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bump the selected card</source>
        <translation>إنهاء البطاقة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall the last bumped ticket</source>
        <translation>استعادة آخر تذكرة منتهية</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>لا تذاكر</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more off screen</source>
        <translation>
            <numerusform>لا مزيد خارج الشاشة</numerusform>
            <numerusform>واحدة أخرى خارج الشاشة</numerusform>
            <numerusform>اثنتان أخريان خارج الشاشة</numerusform>
            <numerusform>%Ln أخرى خارج الشاشة</numerusform>
            <numerusform>%Ln أخرى خارج الشاشة</numerusform>
            <numerusform>%Ln أخرى خارج الشاشة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KdsWindow</name>
    <message>
        <location line="+59"/>
        <source>Kitchen display — %1</source>
        <translation>شاشة المطبخ — %1</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../pos/ui/widgets.py" line="+410"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decimal point</source>
        <translation>الفاصلة العشرية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digit %1</source>
        <translation>الرقم %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../pos/ui/main_window.py" line="+127"/>
        <source>Tableside POS</source>
        <translation>نقطة بيع تيبلسايد</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 may not do this. A manager&apos;s PIN can allow it.</source>
        <translation>لا يُسمح لـ %1 بهذا. يمكن للمدير السماح به برمزه السري.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Logged out after a while without a touch. Nothing was lost.</source>
        <translation>تم تسجيل الخروج بعد فترة دون لمس. لم يضِع شيء.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../pos/ui/manager_pin.py" line="+25"/>
        <source>Manager PIN</source>
        <translation>الرمز السري للمدير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manager PIN entered</source>
        <translation>الرمز السري المُدخل للمدير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow</source>
        <translation>سماح</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../pos/ui/widgets.py" line="+19"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="+55"/>
        <source>Options for %1</source>
        <translation>خيارات %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>choose %n</source>
        <translation>
            <numerusform>اختر %Ln</numerusform>
            <numerusform>اختر واحدًا</numerusform>
            <numerusform>اختر اثنين</numerusform>
            <numerusform>اختر %Ln</numerusform>
            <numerusform>اختر %Ln</numerusform>
            <numerusform>اختر %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>optional, up to %n</source>
        <translation>
            <numerusform>اختياري</numerusform>
            <numerusform>اختياري، حتى واحد</numerusform>
            <numerusform>اختياري، حتى اثنين</numerusform>
            <numerusform>اختياري، حتى %Ln</numerusform>
            <numerusform>اختياري، حتى %Ln</numerusform>
            <numerusform>اختياري، حتى %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose %1 to %2</source>
        <translation>اختر من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>“%1”: at most %n choices.</source>
        <translation>
            <numerusform>«%1»: لا اختيارات.</numerusform>
            <numerusform>«%1»: اختيار واحد على الأكثر.</numerusform>
            <numerusform>«%1»: اختياران على الأكثر.</numerusform>
            <numerusform>«%1»: %Ln اختيارات على الأكثر.</numerusform>
            <numerusform>«%1»: %Ln اختيارًا على الأكثر.</numerusform>
            <numerusform>«%1»: %Ln اختيار على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price: %1</source>
        <translation>السعر: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="-109"/>
        <source>No salt</source>
        <translation>بدون ملح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy: see server</source>
        <translation>حساسية: راجع النادل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra hot</source>
        <translation>حار جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauce on the side</source>
        <translation>الصلصة على الجانب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done</source>
        <translation>مطهو جيدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share plates</source>
        <translation>أطباق للمشاركة</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Note for the kitchen</source>
        <translation>ملاحظة للمطبخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No note</source>
        <translation>بدون ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>OrderPresenter</name>
    <message>
        <location filename="../pos/ui/order/presenter.py" line="+144"/>
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course %1</source>
        <translation>الطبق %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Tap a line on the check first.</source>
        <translation>المس سطرًا في الفاتورة أولًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Sent %n item(s) to the kitchen.</source>
        <translation>
            <numerusform>لم يُرسل أي صنف إلى المطبخ.</numerusform>
            <numerusform>أُرسل صنف واحد إلى المطبخ.</numerusform>
            <numerusform>أُرسل صنفان إلى المطبخ.</numerusform>
            <numerusform>أُرسلت %Ln أصناف إلى المطبخ.</numerusform>
            <numerusform>أُرسل %Ln صنفًا إلى المطبخ.</numerusform>
            <numerusform>أُرسل %Ln صنف إلى المطبخ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held: course %1.</source>
        <translation>مؤجل: الطبق %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No course is on hold.</source>
        <translation>لا يوجد طبق مؤجل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course %1 fired.</source>
        <translation>طُلب تحضير الطبق %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is nothing on the check to pay.</source>
        <translation>لا يوجد في الفاتورة ما يُدفع.</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="+91"/>
        <source>Order entry</source>
        <translation>إدخال الطلب</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Void</source>
        <translation>إلغاء صنف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the chosen line</source>
        <translation>إلغاء السطر المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold later</source>
        <translation>تأجيل اللاحق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold later courses when sending</source>
        <translation>تأجيل الأطباق اللاحقة عند الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Fire</source>
        <translation>تحضير</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Fire the next course on hold</source>
        <translation>تحضير الطبق المؤجل التالي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Floor</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the floor plan</source>
        <translation>العودة إلى مخطط الصالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the kitchen</source>
        <translation>إرسال إلى المطبخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay</source>
        <translation>دفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take payment</source>
        <translation>استلام الدفع</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Search the menu</source>
        <translation>ابحث في القائمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>الطبق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Note for the kitchen</source>
        <translation>ملاحظة للمطبخ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat –</source>
        <translation>المقعد –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course %1</source>
        <translation>الطبق %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note ✓</source>
        <translation>ملاحظة ✓</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fire course %1</source>
        <translation>تحضير الطبق %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n covers</source>
        <translation>
            <numerusform>لا ضيوف</numerusform>
            <numerusform>ضيف واحد</numerusform>
            <numerusform>ضيفان</numerusform>
            <numerusform>%Ln ضيوف</numerusform>
            <numerusform>%Ln ضيفًا</numerusform>
            <numerusform>%Ln ضيف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>86: %1</source>
        <translation>غير متوفر: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1</source>
        <translation>غير متوفر: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>held</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>adding…</source>
        <translation>جارٍ الإضافة…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incl. %1</source>
        <translation>يشمل %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>المتبقي</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../pos/ui/inventory/orders.py" line="+25"/>
        <source>Suggested orders</source>
        <translation>الطلبات المقترحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open purchase orders</source>
        <translation>أوامر الشراء المفتوحة</translation>
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
        <translation>اطلب من %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is low: no order needed.</source>
        <translation>لا شيء ناقص: لا حاجة إلى طلب.</translation>
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
        <translation>استلام %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No purchase order is waiting.</source>
        <translation>لا يوجد أمر شراء منتظر.</translation>
    </message>
</context>
<context>
    <name>PaymentPresenter</name>
    <message>
        <location filename="../pos/ui/payment/presenter.py" line="+283"/>
        <source>Discount of %1 given.</source>
        <translation>مُنح خصم بقيمة %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discount removed.</source>
        <translation>أُزيل الخصم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service charge of %1 added.</source>
        <translation>تمت إضافة رسوم خدمة بقيمة %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service charge removed.</source>
        <translation>تمت إزالة رسوم الخدمة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt copy sent to the printer.</source>
        <translation>أُرسلت نسخة الإيصال إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill sent to the printer.</source>
        <translation>أُرسلت الفاتورة إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is due on this check.</source>
        <translation>لا يوجد مبلغ مستحق على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid. The check is closed and the table is free.</source>
        <translation>تم الدفع. أُغلقت الفاتورة والطاولة متاحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid. Choose the next part.</source>
        <translation>تم الدفع. اختر الجزء التالي.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../pos/ui/payment/screen.py" line="+38"/>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Split the check</source>
        <translation>تقسيم الفاتورة</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n ways</source>
        <translation>
            <numerusform>%Ln أجزاء</numerusform>
            <numerusform>جزء واحد</numerusform>
            <numerusform>جزآن</numerusform>
            <numerusform>%Ln أجزاء</numerusform>
            <numerusform>%Ln جزءًا</numerusform>
            <numerusform>%Ln جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split evenly %n ways</source>
        <translation>
            <numerusform>قسّم بالتساوي</numerusform>
            <numerusform>قسّم على واحد</numerusform>
            <numerusform>قسّم بالتساوي على اثنين</numerusform>
            <numerusform>قسّم بالتساوي على %Ln</numerusform>
            <numerusform>قسّم بالتساوي على %Ln</numerusform>
            <numerusform>قسّم بالتساوي على %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By seat</source>
        <translation>حسب المقعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split by seat</source>
        <translation>تقسيم حسب المقعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By item</source>
        <translation>حسب الصنف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split by item</source>
        <translation>تقسيم حسب الصنف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts</source>
        <translation>مبالغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into amounts</source>
        <translation>تقسيم إلى مبالغ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Parts</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>جزء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or remove a discount</source>
        <translation>امنح خصمًا أو أزله</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+120"/>
        <source>Service charge</source>
        <translation>رسوم الخدمة</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Add or remove the service charge</source>
        <translation>إضافة رسوم الخدمة أو إزالتها</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+143"/>
        <source>Print bill</source>
        <translation>اطبع الفاتورة</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Back to order</source>
        <translation>العودة إلى الطلب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tip</source>
        <translation>البقشيش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tip</source>
        <translation>بدون بقشيش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip %1 percent</source>
        <translation>بقشيش %1 بالمئة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash handed over</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card (external terminal) or other</source>
        <translation>بطاقة (جهاز خارجي) أو غيرها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference (card terminal, voucher…)</source>
        <translation>المرجع (جهاز البطاقات، قسيمة…)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Card terminal reference</source>
        <translation>مرجع جهاز البطاقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge the card</source>
        <translation>خصم من البطاقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other tender (voucher, invoice)</source>
        <translation>وسيلة دفع أخرى (قسيمة، فاتورة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change due</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done — back to the floor</source>
        <translation>تم — العودة إلى الصالة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts %1</source>
        <translation>الخصومات %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid %1</source>
        <translation>المدفوع %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tips %1</source>
        <translation>البقشيش %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance %1</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>المستحق %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip %1 · to take %2</source>
        <translation>البقشيش %1 · المطلوب %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash %1</source>
        <translation>نقدًا %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge card %1</source>
        <translation>خصم من البطاقة %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service charge</source>
        <translation>بدون رسوم خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>اطبع الإيصال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1</source>
        <translation>الباقي %1</translation>
    </message>
</context>
<context>
    <name>PinPresenter</name>
    <message>
        <location filename="../pos/ui/pin/presenter.py" line="+100"/>
        <source>Enter your PIN first.</source>
        <translation>أدخل رمزك السري أولًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in %n s.</source>
        <translation>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا الآن.</numerusform>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا بعد ثانية.</numerusform>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>رموز خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PIN pad is unlocked. Enter your PIN.</source>
        <translation>لوحة الرمز مفتوحة. أدخل رمزك السري.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../pos/ui/pin/screen.py" line="+21"/>
        <source>PIN pad</source>
        <translation>لوحة الرمز السري</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your PIN</source>
        <translation>أدخل رمزك السري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN entered</source>
        <translation>الرمز المُدخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN message</source>
        <translation>رسالة الرمز السري</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>لم يُدخل أي رقم</numerusform>
            <numerusform>أُدخل رقم واحد</numerusform>
            <numerusform>أُدخل رقمان</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخل %Ln رقمًا</numerusform>
            <numerusform>أُدخل %Ln رقم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PosError</name>
    <message>
        <location filename="../pos/ui/error_catalog.py" line="+11"/>
        <source>1 check of {day} is still open. Settle it, or close the day anyway to move it to the next day.</source>
        <translation>فاتورة واحدة من {day} ما تزال مفتوحة. سدّدها، أو أغلق اليوم على أي حال لنقلها إلى اليوم التالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>الرمز السري من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A USB printer&apos;s address is vendor:product in hex, e.g. 04b8:0202.</source>
        <translation>عنوان طابعة USB هو المُصنّع:المنتج بالنظام الست عشري، مثل 04b8:0202.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check cannot be merged into itself.</source>
        <translation>لا يمكن دمج فاتورة في نفسها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check splits into at least one part.</source>
        <translation>تُقسم الفاتورة إلى جزء واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check splits into at most 50 parts.</source>
        <translation>تُقسم الفاتورة إلى 50 جزءًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cost cannot be below zero.</source>
        <translation>لا يمكن أن تكون التكلفة أقل من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counted quantity cannot be below zero.</source>
        <translation>لا يمكن أن تكون الكمية المعدودة أقل من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount amount must be more than zero.</source>
        <translation>يجب أن يكون مبلغ الخصم أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file printer needs a file path.</source>
        <translation>تحتاج طابعة الملف إلى مسار ملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed service charge must be more than zero.</source>
        <translation>يجب أن تكون رسوم الخدمة الثابتة أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A later day ({day}) is already closed.</source>
        <translation>يوم لاحق ({day}) مُغلق بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A limit is between 0 and 9999 portions.</source>
        <translation>الحد بين 0 و9999 حصة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network printer&apos;s address is host:port, e.g. 192.168.1.50:9100.</source>
        <translation>عنوان طابعة الشبكة هو المضيف:المنفذ، مثل 192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is at most {most} characters.</source>
        <translation>الملاحظة {most} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of a split cannot be negative.</source>
        <translation>لا يمكن أن يكون جزء من التقسيم سالبًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage discount is between 0.01 % and 100 %.</source>
        <translation>خصم النسبة المئوية بين 0.01 % و100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printer connects by {transports}.</source>
        <translation>تتصل الطابعة عبر {transports}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printer needs a name.</source>
        <translation>تحتاج الطابعة إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate has at most two decimals, e.g. 12.25 %.</source>
        <translation>للنسبة منزلتان عشريتان على الأكثر، مثل 12.25 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recipe names an ingredient that does not exist.</source>
        <translation>تذكر الوصفة مكوّنًا غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recipe quantity is above zero.</source>
        <translation>كمية الوصفة أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reference is at most {most} characters.</source>
        <translation>المرجع {most} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund must be more than zero.</source>
        <translation>يجب أن يكون الاسترداد أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A serial printer&apos;s address is the device and optionally the baud rate, e.g. /dev/ttyUSB0,19200.</source>
        <translation>عنوان الطابعة التسلسلية هو الجهاز ومعه معدل البود اختياريًا، مثل /dev/ttyUSB0,19200.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service charge needs a name of 1 to {most} characters.</source>
        <translation>تحتاج رسوم الخدمة إلى اسم من 1 إلى {most} حرفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service charge needs a name.</source>
        <translation>تحتاج رسوم الخدمة إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service charge rate is between 0.01 % and 100 %.</source>
        <translation>نسبة رسوم الخدمة بين 0.01 % و100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>يحتاج الموظف إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station prints, shows on a kitchen display, or both.</source>
        <translation>المحطة تطبع، أو تعرض على شاشة المطبخ، أو كلاهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station that prints needs a printer.</source>
        <translation>المحطة التي تطبع تحتاج إلى طابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tip cannot be negative.</source>
        <translation>لا يمكن أن يكون البقشيش سالبًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {unit} of {name} must hold more than zero {base}.</source>
        <translation>يجب أن تحتوي الوحدة «{unit}» من {name} على أكثر من صفر {base}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items are on one seat; assign seats first.</source>
        <translation>كل الأصناف على مقعد واحد؛ عيّن المقاعد أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item can be on only one of the checks.</source>
        <translation>يمكن أن يكون الصنف على فاتورة واحدة فقط من الفواتير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item&apos;s recipe uses ingredients; adding, removing and replacing belong to options.</source>
        <translation>وصفة الصنف تستخدم المكوّنات؛ الإضافة والإزالة والاستبدال من شأن الخيارات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option adds, removes or replaces ingredients.</source>
        <translation>الخيار يضيف المكوّنات أو يزيلها أو يستبدلها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another staff member already uses that PIN.</source>
        <translation>موظف آخر يستخدم هذا الرمز السري بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {left} of that payment can be refunded.</source>
        <translation>يمكن استرداد {left} على الأكثر من هذه الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot mix {one} and {other}.</source>
        <translation>لا يمكن الخلط بين {one} و{other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} has payments; it cannot be merged.</source>
        <translation>على الفاتورة {check} دفعات؛ لا يمكن دمجها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed. Reopen it first.</source>
        <translation>الفاتورة {check} مُغلقة. أعد فتحها أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed; it takes no more payments.</source>
        <translation>الفاتورة {check} مُغلقة؛ لا تقبل دفعات أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is closed; its service charge cannot change.</source>
        <translation>الفاتورة {check} مُغلقة؛ لا يمكن تغيير رسوم خدمتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check {check} is merged; it takes no more payments.</source>
        <translation>الفاتورة {check} مدموجة؛ لا تقبل دفعات أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is merged; its service charge cannot change.</source>
        <translation>الفاتورة {check} مدموجة؛ لا يمكن تغيير رسوم خدمتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check {check} is not closed.</source>
        <translation>الفاتورة {check} ليست مُغلقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} is not open.</source>
        <translation>الفاتورة {check} ليست مفتوحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} still has {due} due.</source>
        <translation>ما يزال على الفاتورة {check} مبلغ {due} مستحق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check {check} was merged into another check.</source>
        <translation>دُمجت الفاتورة {check} في فاتورة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose two different locations.</source>
        <translation>اختر موقعين مختلفين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course must be between 1 and {most}.</source>
        <translation>يجب أن يكون الطبق بين 1 و{most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course {course} has nothing on hold.</source>
        <translation>لا شيء مؤجل في الطبق {course}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers must be between 0 and {most}.</source>
        <translation>يجب أن يكون عدد الضيوف بين 0 و{most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item must be on exactly one of the checks.</source>
        <translation>يجب أن يكون كل صنف على فاتورة واحدة بالضبط من الفواتير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every part of the split must be more than zero.</source>
        <translation>يجب أن يكون كل جزء من التقسيم أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the discount.</source>
        <translation>اذكر سببًا للخصم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the refund.</source>
        <translation>اذكر سببًا للاسترداد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the waste.</source>
        <translation>اذكر سببًا للهدر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to reopen the check.</source>
        <translation>اذكر سببًا لإعادة فتح الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to void an item the kitchen has.</source>
        <translation>اذكر سببًا لإلغاء صنف وصل إلى المطبخ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the ingredient a name.</source>
        <translation>أعطِ المكوّن اسمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the location a name.</source>
        <translation>أعطِ الموقع اسمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration left {n} rows with broken references; restore the backup in the backups folder.</source>
        <translation>تركت الترقية {n} صفوف بمراجع معطوبة؛ استعد النسخة الاحتياطية من مجلد backups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one amount.</source>
        <translation>اذكر مبلغًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least two amounts.</source>
        <translation>اذكر مبلغين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer is set up on this terminal.</source>
        <translation>لا توجد طابعة إيصالات مُعدّة على هذه المحطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such staff member.</source>
        <translation>لا يوجد موظف كهذا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new to send.</source>
        <translation>لا جديد للإرسال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to split the amount over.</source>
        <translation>لا شيء يُقسم عليه المبلغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cash gives change; charge the card the exact sum.</source>
        <translation>النقد وحده يعطي باقيًا؛ اخصم من البطاقة المبلغ بالضبط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order at least one pack of each line, at a price of zero or more.</source>
        <translation>اطلب عبوة واحدة على الأقل لكل سطر، بسعر صفر أو أكثر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper is 32, 42 or 48 characters wide (58 mm, or 80 mm with the small or normal font).</source>
        <translation>عرض الورق 32 أو 42 أو 48 حرفًا (58 مم، أو 80 مم بالخط الصغير أو العادي).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken on this check; split it before the first payment.</source>
        <translation>على هذه الفاتورة دفعات بالفعل؛ قسّمها قبل الدفعة الأولى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken; refund them first.</source>
        <translation>أُخذت دفعات بالفعل؛ استردّها أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments are already taken; refund them to change the service charge.</source>
        <translation>أُخذت دفعات بالفعل؛ استردّها لتغيير رسوم الخدمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments are already taken; refund them to discount.</source>
        <translation>أُخذت دفعات بالفعل؛ استردّها لإعطاء خصم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer profile “{profile}” has no code page {codepage}.</source>
        <translation>ملف الطابعة «{profile}» ليس فيه صفحة الترميز {codepage}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put items on at least two checks.</source>
        <translation>ضع الأصناف على فاتورتين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity must be between 1 and {most}.</source>
        <translation>يجب أن تكون الكمية بين 1 و{most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received packs and cost cannot be below zero.</source>
        <translation>لا يمكن أن تكون العبوات المستلمة والتكلفة أقل من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the discounts on check {check} before merging it.</source>
        <translation>أزل الخصومات عن الفاتورة {check} قبل دمجها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point and par level are zero or more; a pack holds at least one unit.</source>
        <translation>حد إعادة الطلب والمستوى المطلوب صفر أو أكثر؛ والعبوة تحوي وحدة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route either a category or an item.</source>
        <translation>وجّه إما فئة وإما صنفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which ingredient the option replaces.</source>
        <translation>اذكر أي مكوّن يستبدله الخيار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat must be between 1 and {most}.</source>
        <translation>يجب أن يكون المقعد بين 1 و{most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split evenly into 2 to 50 parts.</source>
        <translation>قسّم بالتساوي إلى 2 حتى 50 جزءًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split weights cannot be negative.</source>
        <translation>لا يمكن أن تكون أوزان التقسيم سالبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station “{station}” is not shown on kitchen displays (stations that are: {listed}). Set its output to “kds” or “both” in the printer setup.</source>
        <translation>المحطة «{station}» لا تظهر على شاشات المطبخ (المحطات الظاهرة: {listed}). اضبط مخرجها على «kds» أو «both» في إعداد الطابعات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still cooking at {stations}: every station must bump it first.</source>
        <translation>ما يزال قيد التحضير في {stations}: يجب أن تنهيه كل محطة أولاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table {table} already has check {check} open; resume it instead.</source>
        <translation>على الطاولة {table} فاتورة مفتوحة بالفعل هي {check}؛ تابعها بدلاً من ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table {table} has check {check} open; merge the checks instead.</source>
        <translation>على الطاولة {table} فاتورة مفتوحة هي {check}؛ ادمج الفاتورتين بدلاً من ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. 1 more try before the PIN pad locks.</source>
        <translation>هذا الرمز السري غير صحيح. بقيت محاولة واحدة قبل قفل لوحة الرمز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right. {left} more tries before the PIN pad locks.</source>
        <translation>هذا الرمز السري غير صحيح. بقيت {left} محاولات قبل قفل لوحة الرمز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That check does not exist on this terminal.</source>
        <translation>هذه الفاتورة غير موجودة على هذه المحطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That check is not on this terminal.</source>
        <translation>هذه الفاتورة ليست على هذه المحطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That discount is not on this check.</source>
        <translation>هذا الخصم ليس على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ingredient does not exist.</source>
        <translation>هذا المكوّن غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item is no longer on the menu.</source>
        <translation>هذا الصنف لم يعد في القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item is not on this ticket.</source>
        <translation>هذا الصنف ليس على هذه التذكرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That job is not waiting to print.</source>
        <translation>هذه المهمة لا تنتظر الطباعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That line is not on this check.</source>
        <translation>هذا السطر ليس على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That location does not exist.</source>
        <translation>هذا الموقع غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That menu entry does not exist.</source>
        <translation>هذا البند من القائمة غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That option is not offered for {item}.</source>
        <translation>هذا الخيار غير متاح لـ {item}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That option no longer exists.</source>
        <translation>هذا الخيار لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the split is not on this check.</source>
        <translation>هذا الجزء من التقسيم ليس على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is not on this check.</source>
        <translation>هذه الدفعة ليست على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That print job does not exist.</source>
        <translation>مهمة الطباعة هذه غير موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That printer does not exist.</source>
        <translation>هذه الطابعة غير موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purchase order does not exist.</source>
        <translation>أمر الشراء هذا غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That station does not exist.</source>
        <translation>هذه المحطة غير موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That supplier does not exist.</source>
        <translation>هذا المورّد غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table is not on the floor plan.</source>
        <translation>هذه الطاولة ليست على مخطط الصالة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket does not exist.</source>
        <translation>هذه التذكرة غير موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket is not on this check.</source>
        <translation>هذه التذكرة ليست على هذه الفاتورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amber time must come before the red time (both between 1 and 240 minutes).</source>
        <translation>يجب أن يسبق الوقت الأصفر الوقت الأحمر (كلاهما بين 1 و240 دقيقة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount ({amount}) is more than what is due ({due}). Give the difference as change or a tip.</source>
        <translation>المبلغ ({amount}) أكثر من المستحق ({due}). أعطِ الفرق باقيًا أو بقشيشًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts add up to {sum}, the check is {total}.</source>
        <translation>مجموع المبالغ {sum}، والفاتورة {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup printer must be another printer.</source>
        <translation>يجب أن تكون الطابعة الاحتياطية طابعة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {backup} failed its integrity check ({result}).</source>
        <translation>لم تجتز النسخة الاحتياطية {backup} فحص السلامة ({result}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The business day {day} is already closed.</source>
        <translation>يوم العمل {day} مُغلق بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business day {day} is closed (Z report); its checks cannot change. Refunds are still possible and count on today&apos;s report.</source>
        <translation>يوم العمل {day} مُغلق (تقرير Z)؛ لا يمكن تغيير فواتيره. ما يزال الاسترداد ممكنًا ويُحتسب في تقرير اليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash handed over ({handed}) is less than amount and tip ({due}).</source>
        <translation>النقد المُسلَّم ({handed}) أقل من المبلغ والبقشيش ({due}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check already has a service charge; remove it first.</source>
        <translation>على الفاتورة رسوم خدمة بالفعل؛ أزلها أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check has no service charge.</source>
        <translation>ليس على الفاتورة رسوم خدمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check is already on table {table}.</source>
        <translation>الفاتورة على الطاولة {table} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the printer at {address} broke while printing.</source>
        <translation>انقطع الاتصال بالطابعة على {address} أثناء الطباعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The covers for an automatic service charge are 0 (never) to {most}.</source>
        <translation>عدد الضيوف لرسوم الخدمة التلقائية من 0 (أبدًا) إلى {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was written by a newer version of Tableside POS (schema {schema}). Install that version or newer; the file was not touched.</source>
        <translation>كتبت قاعدةَ البيانات {path} نسخةٌ أحدث من Tableside POS (المخطط {schema}). ثبّت تلك النسخة أو أحدث منها؛ لم يُمسّ الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job is already waiting for {printer}.</source>
        <translation>المهمة تنتظر {printer} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live stream from {url} broke ({why}).</source>
        <translation>انقطع البث المباشر من {url} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} cannot be reached ({why}).</source>
        <translation>لا يمكن الوصول إلى الطابعة على {address} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} closed the connection before printing.</source>
        <translation>أغلقت الطابعة على {address} الاتصال قبل الطباعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} closed the connection mid-ticket.</source>
        <translation>أغلقت الطابعة على {address} الاتصال في منتصف التذكرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} closed the connection.</source>
        <translation>أغلقت الطابعة على {address} الاتصال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} did not answer within {seconds} s.</source>
        <translation>لم تُجب الطابعة على {address} خلال {seconds} ث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} did not finish taking the ticket within {seconds} s.</source>
        <translation>لم تُكمل الطابعة على {address} استلام التذكرة خلال {seconds} ث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer at {address} has its cover open.</source>
        <translation>غطاء الطابعة على {address} مفتوح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} is out of paper.</source>
        <translation>نفد الورق من الطابعة على {address}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} reports an error.</source>
        <translation>تُبلغ الطابعة على {address} عن خطأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} says it is offline.</source>
        <translation>تقول الطابعة على {address} إنها غير متصلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer at {address} stopped taking data for {seconds} s.</source>
        <translation>توقفت الطابعة على {address} عن استلام البيانات لمدة {seconds} ث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same option was chosen twice.</source>
        <translation>اختير الخيار نفسه مرتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered {status}: {detail}</source>
        <translation>أجاب الخادم {status}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server at {url} did not answer ({why}).</source>
        <translation>لم يُجب الخادم على {url} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not acknowledge {n} events; retrying.</source>
        <translation>لم يؤكد الخادم استلام {n} أحداث؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request ({http_status}).</source>
        <translation>رفض الخادم الطلب ({http_status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this terminal&apos;s token.</source>
        <translation>رفض الخادم رمز هذه المحطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer to {url} was not understood.</source>
        <translation>لم تُفهم إجابة الخادم على {url}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tax rate set for the service charge no longer exists; choose another in the settings.</source>
        <translation>نسبة الضريبة المحددة لرسوم الخدمة لم تعد موجودة؛ اختر غيرها في الإعدادات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database cannot be written (read-only); this was not saved.</source>
        <translation>لا يمكن الكتابة في قاعدة بيانات المحطة (للقراءة فقط)؛ لم يُحفظ هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database failed ({cause}); this was not saved.</source>
        <translation>تعطلت قاعدة بيانات المحطة ({cause})؛ لم يُحفظ هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s database is busy; this was not saved. Try again.</source>
        <translation>قاعدة بيانات المحطة مشغولة؛ لم يُحفظ هذا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal&apos;s disk is full, so this was NOT saved. Free some space (or call support) and try again; nothing else was lost.</source>
        <translation>قرص المحطة ممتلئ، لذا لم يُحفظ هذا. أفرغ بعض المساحة (أو اتصل بالدعم) وحاول مرة أخرى؛ لم يُفقد شيء آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a location “{name}”.</source>
        <translation>يوجد موقع باسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a printer called {name}.</source>
        <translation>توجد طابعة باسم {name} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an ingredient “{name}”.</source>
        <translation>يوجد مكوّن باسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Z report {number}.</source>
        <translation>لا يوجد تقرير Z رقم {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no ingredient “{name}”.</source>
        <translation>لا يوجد مكوّن باسم «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing on the check to pay.</source>
        <translation>لا يوجد في الفاتورة ما يُدفع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing on the check to split.</source>
        <translation>لا يوجد في الفاتورة ما يُقسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. The PIN pad is locked; try again in {seconds} s.</source>
        <translation>رموز سرية خاطئة كثيرة. لوحة الرمز مقفلة؛ حاول مرة أخرى بعد {seconds} ث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer a quantity above zero.</source>
        <translation>انقل كمية أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the rate in percent, e.g. 12.5.</source>
        <translation>اكتب النسبة بالمئة، مثل 12.5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update required.</source>
        <translation>التحديث مطلوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste is a quantity above zero.</source>
        <translation>الهدر كمية أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give discounts</source>
        <translation>إعطاء الخصومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the cash drawer</source>
        <translation>فتح درج النقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund payments</source>
        <translation>استرداد الدفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopen closed checks</source>
        <translation>إعادة فتح الفواتير المُغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run reports</source>
        <translation>تشغيل التقارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up printers and stations</source>
        <translation>إعداد الطابعات والمحطات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void items</source>
        <translation>إلغاء الأصناف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{failures} wrong PINs in a row. The PIN pad is locked for {seconds} s.</source>
        <translation>{failures} رموز سرية خاطئة متتالية. لوحة الرمز مقفلة لمدة {seconds} ث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ingredient} is in the recipe twice; give it once, with the whole quantity.</source>
        <translation>{ingredient} مذكور في الوصفة مرتين؛ اذكره مرة واحدة بالكمية كاملة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is 86&apos;d: limit reached.</source>
        <translation>{item} نفد (86): بلغ الحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is 86&apos;d: {why}.</source>
        <translation>{item} نفد (86): {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is already voided.</source>
        <translation>{item} مُلغى بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose a “{group}”.</source>
        <translation>{item}: اختر «{group}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose at least {need} from “{group}”.</source>
        <translation>{item}: اختر {need} على الأقل من «{group}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: choose at most {most} from “{group}”.</source>
        <translation>{item}: اختر {most} على الأكثر من «{group}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: only {left} left.</source>
        <translation>{item}: بقي {left} فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action} either.</source>
        <translation>لا يحق لـ {name} كذلك: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action}. A manager&apos;s PIN can allow it.</source>
        <translation>لا يحق لـ {name}: {action}. يمكن أن يسمح بذلك الرمز السري للمدير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not {action}. The owner&apos;s PIN can allow it.</source>
        <translation>لا يحق لـ {name}: {action}. يمكن أن يسمح بذلك الرقم السري للمالك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} checks of {day} are still open. Settle them, or close the day anyway to move them to the next day.</source>
        <translation>{n} فواتير من {day} ما تزال مفتوحة. سدّدها، أو أغلق اليوم على أي حال لنقلها إلى اليوم التالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{po} was already received.</source>
        <translation>استُلم {po} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is not connected ({why}).</source>
        <translation>{printer} غير متصلة ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} stopped while printing ({why}).</source>
        <translation>توقفت {printer} أثناء الطباعة ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{text}” is not a number.</source>
        <translation>{what} «{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{text}” is not a whole number.</source>
        <translation>{what} «{text}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“per” must be more than zero.</source>
        <translation>يجب أن تكون «per» أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{code}” is not one of the 14 allergens ({allergens}).</source>
        <translation>«{code}» ليس من مسببات الحساسية الأربعة عشر ({allergens}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is below zero.</source>
        <translation>«{text}» أقل من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a quantity like 250 g or 1.5 kg.</source>
        <translation>«{text}» ليست كمية مثل 250 g أو 1.5 kg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a whole number.</source>
        <translation>«{text}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{unit}” is not a unit of this ingredient (use {known}).</source>
        <translation>«{unit}» ليست وحدة لهذا المكوّن (استخدم {known}).</translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <location filename="../pos/ui/printers/dialog.py" line="+42"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Printers and tickets</source>
        <translation>الطابعات والتذاكر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to print</source>
        <translation>بانتظار الطباعة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recently printed</source>
        <translation>طُبع مؤخرًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fire</source>
        <translation>تحضير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+94"/>
        <source>Reprint</source>
        <translation>إعادة طباعة</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>instead of %1</source>
        <translation>بدلًا من %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tries</source>
        <translation>
            <numerusform>لا محاولات</numerusform>
            <numerusform>محاولة واحدة</numerusform>
            <numerusform>محاولتان</numerusform>
            <numerusform>%Ln محاولات</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing now</source>
        <translation>تُطبع الآن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All printers answer.</source>
        <translation>كل الطابعات تستجيب.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other printer…</source>
        <translation>طابعة أخرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to another printer</source>
        <translation>أرسل إلى طابعة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark printed</source>
        <translation>اعتبرها مطبوعة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No tickets are waiting.</source>
        <translation>لا توجد تذاكر بالانتظار.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send to:</source>
        <translation>أرسل إلى:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to %1</source>
        <translation>أرسل إلى %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print this ticket again</source>
        <translation>اطبع هذه التذكرة مجددًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing printed yet.</source>
        <translation>لم يُطبع شيء بعد.</translation>
    </message>
</context>
<context>
    <name>PrintJobsPresenter</name>
    <message>
        <location filename="../pos/ui/printers/presenter.py" line="+97"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trying that ticket again now.</source>
        <translation>تُعاد محاولة هذه التذكرة الآن.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent to %1.</source>
        <translation>أُرسلت إلى %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked as printed.</source>
        <translation>اعتُبرت مطبوعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing it again, marked REPRINT.</source>
        <translation>تُطبع مجددًا بعلامة إعادة طباعة.</translation>
    </message>
</context>
<context>
    <name>PrinterSetupPresenter</name>
    <message>
        <location filename="../pos/ui/printers/setup.py" line="+139"/>
        <source>Printer %1 saved.</source>
        <translation>حُفظت الطابعة %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Station %1 saved.</source>
        <translation>حُفظت المحطة %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Routing saved.</source>
        <translation>حُفظ التوجيه.</translation>
    </message>
</context>
<context>
    <name>PrinterSetupScreen</name>
    <message>
        <location filename="../pos/ui/printers/setup_screen.py" line="+71"/>
        <location line="+10"/>
        <source>Printers and stations</source>
        <translation>الطابعات والمحطات</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>تسلسلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Printer</source>
        <translation>طابعة</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Kitchen display</source>
        <translation>شاشة المطبخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer and display</source>
        <translation>طابعة وشاشة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stations</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>التوجيه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to settings</source>
        <translation>العودة إلى الإعدادات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add printer</source>
        <translation>أضف طابعة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer name</source>
        <translation>اسم الطابعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer address</source>
        <translation>عنوان الطابعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>32 (58 mm)</source>
        <translation>32 (58 مم)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>42 (80 mm)</source>
        <translation>42 (80 مم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>48 (80 mm, small font)</source>
        <translation>48 (80 مم، خط صغير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per line</source>
        <translation>أحرف في السطر</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Printer profile</source>
        <translation>ملف تعريف الطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>صفحة الترميز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutter</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a paper cutter</source>
        <translation>لديها قاطع ورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buzzer</source>
        <translation>الجرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buzzes on a new ticket</source>
        <translation>ترن عند تذكرة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers status</source>
        <translation>تجيب عن الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers the status request</source>
        <translation>تجيب عن طلب الحالة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save printer</source>
        <translation>احفظ الطابعة</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+33"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Backup printer</source>
        <translation>الطابعة الاحتياطية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer of %1</source>
        <translation>طابعة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup printer of %1</source>
        <translation>الطابعة الاحتياطية لـ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output of %1</source>
        <translation>إخراج %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Station for %1</source>
        <translation>محطة %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New printer</source>
        <translation>طابعة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1</source>
        <translation>الطابعة %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host:port, e.g. 192.168.1.50:9100</source>
        <translation>المضيف:المنفذ، مثل 192.168.1.50:9100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor:product, e.g. 04b8:0202</source>
        <translation>المصنّع:المنتج، مثل 04b8:0202</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device[,baud], e.g. /dev/ttyUSB0,19200</source>
        <translation>الجهاز[،السرعة]، مثل /dev/ttyUSB0,19200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file path</source>
        <translation>مسار ملف</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../pos/ui/payment/closed.py" line="-50"/>
        <source>Wrong tender taken</source>
        <translation>وسيلة دفع خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest ordered more</source>
        <translation>طلب الضيف المزيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip to correct</source>
        <translation>تصحيح الإكرامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by mistake</source>
        <translation>أُغلقت بالخطأ</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../pos/ui/kds/dialogs.py" line="+17"/>
        <source>Recipe card</source>
        <translation>بطاقة الوصفة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none declared</source>
        <translation>لا شيء مُعلن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergens: %1</source>
        <translation>مسببات الحساسية: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prep notes for this item yet.</source>
        <translation>لا ملاحظات تحضير لهذا الصنف بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options: %1</source>
        <translation>الخيارات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RecipesPage</name>
    <message>
        <location filename="../pos/ui/inventory/recipes.py" line="+48"/>
        <source>Ingredient</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingredient to edit</source>
        <translation>المكوّن المراد تعديله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per unit (cents)</source>
        <translation>التكلفة لكل وحدة (سنت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par level</source>
        <translation>المستوى المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>حجم العبوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack name</source>
        <translation>اسم العبوة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergens</source>
        <translation>مسببات الحساسية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save ingredient</source>
        <translation>حفظ المكوّن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipe</source>
        <translation>الوصفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu item</source>
        <translation>صنف القائمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add ingredient</source>
        <translation>إضافة مكوّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recipe</source>
        <translation>حفظ الوصفة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option of the item</source>
        <translation>خيار الصنف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add change</source>
        <translation>إضافة تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save option</source>
        <translation>حفظ الخيار</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No supplier</source>
        <translation>بلا مورّد</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Ingredient %1</source>
        <translation>المكوّن %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity %1</source>
        <translation>الكمية %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line %1</source>
        <translation>إزالة السطر %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>adds</source>
        <translation>يضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removes</source>
        <translation>يزيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces</source>
        <translation>يستبدل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1</source>
        <translation>التغيير %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingredient of change %1</source>
        <translation>مكوّن التغيير %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced in change %1</source>
        <translation>المستبدَل في التغيير %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity of change %1</source>
        <translation>كمية التغيير %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove change %1</source>
        <translation>إزالة التغيير %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New ingredient</source>
        <translation>مكوّن جديد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost %1 · food cost %2 % of %3</source>
        <translation>التكلفة %1 · تكلفة الطعام %2 % من %3</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../pos/ui/reports/document.py" line="+64"/>
        <location line="+218"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Z report %1 · business day %2</source>
        <translation>تقرير Z رقم %1 · يوم العمل %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X report · business day %1</source>
        <translation>تقرير X · يوم العمل %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terminal %1 · made %2 %3</source>
        <translation>الجهاز %1 · أُعدّ %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>X report: the day so far; nothing was closed.</source>
        <translation>تقرير X: اليوم حتى الآن؛ لم يُغلق شيء.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed by a manager while checks were still open; they moved to the next day.</source>
        <translation>أغلقه مدير بينما كانت فواتير ما تزال مفتوحة؛ انتقلت إلى اليوم التالي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>إجمالي المبيعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voids (%1)</source>
        <translation>الإلغاءات (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discounts (%1)</source>
        <translation>الخصومات (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net sales</source>
        <translation>صافي المبيعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service charges (%1)</source>
        <translation>رسوم الخدمة (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(included)</source>
        <translation>(مشمولة)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+59"/>
        <source>Tips</source>
        <translation>البقشيش</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+97"/>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Guests and checks</source>
        <translation>الضيوف والفواتير</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+19"/>
        <location line="+76"/>
        <source>Checks</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+48"/>
        <source>Covers</source>
        <translation>عدد الضيوف</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Average check</source>
        <translation>متوسط الفاتورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average per cover</source>
        <translation>المتوسط لكل ضيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First order</source>
        <translation>أول طلب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments by tender</source>
        <translation>المدفوعات حسب طريقة الدفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cash drawer</source>
        <translation>درج النقد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float</source>
        <translation>رصيد البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected in the drawer</source>
        <translation>المتوقع في الدرج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips by server</source>
        <translation>البقشيش حسب النادل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By server</source>
        <translation>حسب النادل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales by category</source>
        <translation>المبيعات حسب الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sales by item</source>
        <translation>المبيعات حسب الصنف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales by hour</source>
        <translation>المبيعات حسب الساعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voids by reason</source>
        <translation>الإلغاءات حسب السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voids by who approved</source>
        <translation>الإلغاءات حسب من وافق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discounts by reason</source>
        <translation>الخصومات حسب السبب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discounts by who approved</source>
        <translation>الخصومات حسب من وافق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(check of %1)</source>
        <translation>(فاتورة يوم %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tender</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table turnover by area</source>
        <translation>دوران الطاولات حسب المنطقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table turnover by table</source>
        <translation>دوران الطاولات حسب الطاولة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average seated</source>
        <translation>متوسط مدة الجلوس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks carried to the next day</source>
        <translation>فواتير نُقلت إلى اليوم التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks still open</source>
        <translation>فواتير ما تزال مفتوحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>المتبقي</translation>
    </message>
</context>
<context>
    <name>ReportsPresenter</name>
    <message>
        <location filename="../pos/ui/reports/presenter.py" line="+172"/>
        <source>Z report %1 stored. The business day is closed.</source>
        <translation>حُفظ تقرير Z رقم %1. أُغلق يوم العمل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to the receipt printer.</source>
        <translation>أُرسل إلى طابعة الإيصالات.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../pos/ui/reports/screen.py" line="+43"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Net sales</source>
        <translation>صافي المبيعات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>عدد الضيوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash expected</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash difference</source>
        <translation>فرق النقد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole report</source>
        <translation>التقرير كاملًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today (X)</source>
        <translation>اليوم (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s figures so far</source>
        <translation>أرقام اليوم حتى الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier Z reports:</source>
        <translation>تقارير Z السابقة:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Floor</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the floor plan</source>
        <translation>العودة إلى مخطط الصالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash count</source>
        <translation>عدّ النقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash drawer</source>
        <translation>عُدّ درج النقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on the receipt printer</source>
        <translation>اطبع على طابعة الإيصالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV</source>
        <translation>احفظ بصيغة CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>احفظ بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close day (Z)</source>
        <translation>إغلاق اليوم (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the business day with a Z report</source>
        <translation>أغلق يوم العمل بتقرير Z</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>By hour</source>
        <translation>حسب الساعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Peak hours</source>
        <translation>ساعات الذروة</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sales yet.</source>
        <translation>لا مبيعات بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by hour</source>
        <translation>المبيعات حسب الساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by category</source>
        <translation>المبيعات حسب الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales trend</source>
        <translation>اتجاه المبيعات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Z report %1</source>
        <translation>اعرض تقرير Z رقم %1</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <location filename="../pos/ui/runtime.py" line="+224"/>
        <source>Something went wrong; it was not saved. Try again, and tell a manager if it happens again.</source>
        <translation>حدث خطأ ما؛ لم يُحفظ. حاول مرة أخرى، وأخبر المدير إن تكرر ذلك.</translation>
    </message>
</context>
<context>
    <name>ServiceChargePresenter</name>
    <message>
        <location filename="../pos/ui/preferences/service_charge.py" line="+187"/>
        <source>Give the service charge a name.</source>
        <translation>أدخل اسمًا لرسوم الخدمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>الاسم طويل جدًا: %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is between 0.01 % and 100 %.</source>
        <translation>النسبة بين ٠٫٠١٪ و١٠٠٪.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guests for the automatic charge: 0 (no automatic charge) to %1.</source>
        <translation>عدد الضيوف للرسوم التلقائية: من ٠ (بدون رسوم تلقائية) إلى %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may not change the service charge. The owner allows it with their PIN.</source>
        <translation>لا يحق لـ %1 تغيير رسوم الخدمة. يسمح بذلك المالك برقمه السري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN may not change the service charge either: nothing was saved.</source>
        <translation>هذا الرقم السري أيضًا لا يحق له تغيير رسوم الخدمة: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not right: nothing was saved. Enter the owner&apos;s PIN again.</source>
        <translation>الرقم السري غير صحيح: لم يُحفظ شيء. أدخل الرقم السري للمالك مرة أخرى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Service charge saved.</source>
        <translation>تم حفظ رسوم الخدمة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: the service charge needs the owner&apos;s PIN.</source>
        <translation>لم يُحفظ: رسوم الخدمة تحتاج إلى الرقم السري للمالك.</translation>
    </message>
</context>
<context>
    <name>ServiceChargeScreen</name>
    <message>
        <location filename="../pos/ui/preferences/service_charge_screen.py" line="+47"/>
        <location line="+6"/>
        <source>Service charge</source>
        <translation>رسوم الخدمة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to settings</source>
        <translation>العودة إلى الإعدادات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the changes not saved yet</source>
        <translation>التراجع عن التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Saving the rule needs the admin permission: the owner allows it with their PIN.</source>
        <translation>حفظ القاعدة يحتاج إلى صلاحية المدير العام: يسمح بذلك المالك برقمه السري.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the service charge</source>
        <translation>احفظ رسوم الخدمة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Owner&apos;s PIN</source>
        <translation>الرقم السري للمالك</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name of the service charge</source>
        <translation>اسم رسوم الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Service</source>
        <translation>مثلًا: خدمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate in percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One guest fewer</source>
        <translation>ضيف أقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guests for the automatic charge</source>
        <translation>عدد الضيوف للرسوم التلقائية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One guest more</source>
        <translation>ضيف إضافي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic from (guests)</source>
        <translation>تلقائيًا من (ضيوف)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 = no automatic charge</source>
        <translation>٠ = بدون رسوم تلقائية</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Typing the rate</source>
        <translation>الإدخال: النسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typing the guests</source>
        <translation>الإدخال: الضيوف</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No tax</source>
        <translation>بدون ضريبة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not taxed</source>
        <translation>غير خاضعة للضريبة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 — none</source>
        <translation>٠ — بدون</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checks with %1 or more guests get it automatically when payment starts.</source>
        <translation>الفواتير التي بها %1 ضيوف أو أكثر تُضاف إليها تلقائيًا عند بدء الدفع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No automatic charge: servers add it by hand when taking payment.</source>
        <translation>بدون رسوم تلقائية: يضيفها النادل يدويًا عند الدفع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxed at %1.</source>
        <translation>تخضع لضريبة %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taxed.</source>
        <translation>غير خاضعة للضريبة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its tax rate no longer exists: choose one.</source>
        <translation>نسبة الضريبة المحددة لم تعد موجودة: اختر واحدة.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../pos/ui/preferences/screen.py" line="+34"/>
        <location line="+4"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the floor</source>
        <translation>العودة إلى الصالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service charge</source>
        <translation>رسوم الخدمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printers and stations</source>
        <translation>الطابعات والمحطات</translation>
    </message>
</context>
<context>
    <name>SplitAmountsDialog</name>
    <message>
        <location filename="../pos/ui/payment/dialogs.py" line="-253"/>
        <location line="+1"/>
        <source>Split into amounts</source>
        <translation>تقسيم إلى مبالغ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check total %1</source>
        <translation>إجمالي الفاتورة %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a part</source>
        <translation>أضف جزءًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split</source>
        <translation>قسّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Part %1: %2 (the rest)</source>
        <translation>الجزء %1: %2 (الباقي)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part %1: %2</source>
        <translation>الجزء %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part %1</source>
        <translation>الجزء %1</translation>
    </message>
</context>
<context>
    <name>SplitItemsDialog</name>
    <message>
        <location line="-138"/>
        <location line="+1"/>
        <source>Split by item</source>
        <translation>تقسيم حسب الصنف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tap an item to move it to the next check.</source>
        <translation>انقر على صنف لنقله إلى الفاتورة التالية.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split</source>
        <translation>قسّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a check</source>
        <translation>أضف فاتورة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check %1 · %2</source>
        <translation>الفاتورة %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on check %2</source>
        <translation>%1 على الفاتورة %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put items on at least two checks.</source>
        <translation>ضع الأصناف على فاتورتين على الأقل.</translation>
    </message>
</context>
<context>
    <name>StatusPresenter</name>
    <message>
        <location filename="../pos/ui/status.py" line="+78"/>
        <source>No printers configured</source>
        <translation>لا توجد طابعات مُعدّة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1: %2</source>
        <translation>الطابعة %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answering</source>
        <translation>لا تستجيب</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n printers need attention</source>
        <translation>
            <numerusform>لا طابعات تحتاج انتباهًا</numerusform>
            <numerusform>طابعة واحدة تحتاج انتباهًا</numerusform>
            <numerusform>طابعتان تحتاجان انتباهًا</numerusform>
            <numerusform>%Ln طابعات تحتاج انتباهًا</numerusform>
            <numerusform>%Ln طابعة تحتاج انتباهًا</numerusform>
            <numerusform>%Ln طابعة تحتاج انتباهًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets waiting to print</source>
        <translation>
            <numerusform>لا تذاكر بانتظار الطباعة</numerusform>
            <numerusform>تذكرة واحدة بانتظار الطباعة</numerusform>
            <numerusform>تذكرتان بانتظار الطباعة</numerusform>
            <numerusform>%Ln تذاكر بانتظار الطباعة</numerusform>
            <numerusform>%Ln تذكرة بانتظار الطباعة</numerusform>
            <numerusform>%Ln تذكرة بانتظار الطباعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers OK</source>
        <translation>الطابعات تعمل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online · synced %1</source>
        <translation>متصل · تمت المزامنة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Offline · %n queued</source>
        <translation>
            <numerusform>غير متصل · لا شيء في الانتظار</numerusform>
            <numerusform>غير متصل · %n في الانتظار</numerusform>
            <numerusform>غير متصل · %n في الانتظار</numerusform>
            <numerusform>غير متصل · %n في الانتظار</numerusform>
            <numerusform>غير متصل · %n في الانتظار</numerusform>
            <numerusform>غير متصل · %n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update required: orders are kept</source>
        <translation>يلزم التحديث: الطلبات محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server: orders are kept</source>
        <translation>رفضها الخادم: الطلبات محفوظة</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refused</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوضان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the clock</source>
        <translation>تحقق من الساعة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not logged in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business day %1</source>
        <translation>يوم العمل %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Standalone</source>
        <translation>مستقل</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location line="+33"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logged in</source>
        <translation>مسجّل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business day</source>
        <translation>يوم العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../pos/ui/order/screen.py" line="-408"/>
        <source>Less: %1</source>
        <translation>أقل: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More: %1</source>
        <translation>أكثر: %1</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../pos/ui/inventory/stock.py" line="+44"/>
        <source>Stock on hand</source>
        <translation>المخزون المتوفر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock levels</source>
        <translation>مستويات المخزون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingredient</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder at</source>
        <translation>إعادة الطلب عند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>86 and limits</source>
        <translation>86 والحدود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items 86&apos;d or limited</source>
        <translation>أصناف نفدت أو محدودة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item to limit</source>
        <translation>الصنف المراد تحديده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One portion fewer</source>
        <translation>حصة أقل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One portion more</source>
        <translation>حصة أكثر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Limit</source>
        <translation>تحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to these portions</source>
        <translation>التحديد بهذه الحصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>86 now</source>
        <translation>86 الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift limit</source>
        <translation>إلغاء الحد</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Negative</source>
        <translation>سالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 ingredients · %2 low · %3 negative</source>
        <translation>%1 مكوّنات · %2 منخفض · %3 سالب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — 86&apos;d: %2</source>
        <translation>%1 — نفد (86): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 left</source>
        <translation>%1 — بقي %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is 86&apos;d or limited.</source>
        <translation>لا شيء نفد أو محدود.</translation>
    </message>
</context>
<context>
    <name>TableButton</name>
    <message numerus="yes">
        <location filename="../pos/ui/floor/screen.py" line="-152"/>
        <source>%n seats</source>
        <translation>
            <numerusform>لا مقاعد</numerusform>
            <numerusform>مقعد واحد</numerusform>
            <numerusform>مقعدان</numerusform>
            <numerusform>%Ln مقاعد</numerusform>
            <numerusform>%Ln مقعدًا</numerusform>
            <numerusform>%Ln مقعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>free</source>
        <translation>متاحة</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n covers</source>
        <translation>
            <numerusform>لا ضيوف</numerusform>
            <numerusform>ضيف واحد</numerusform>
            <numerusform>ضيفان</numerusform>
            <numerusform>%Ln ضيوف</numerusform>
            <numerusform>%Ln ضيفًا</numerusform>
            <numerusform>%Ln ضيف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to pay</source>
        <translation>بانتظار الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table %1</source>
        <translation>طاولة %1</translation>
    </message>
</context>
<context>
    <name>TablePicker</name>
    <message>
        <location filename="../pos/ui/floor/tools.py" line="-75"/>
        <source>Move a check: tap the table it is on.</source>
        <translation>نقل فاتورة: انقر على الطاولة التي هي عليها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tables: tap the table whose check moves over.</source>
        <translation>دمج الطاولات: انقر على الطاولة التي تنتقل فاتورتها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table %1 has no open check.</source>
        <translation>لا توجد فاتورة مفتوحة على الطاولة %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move check %1 from table %2: tap a free table.</source>
        <translation>نقل الفاتورة %1 من الطاولة %2: انقر على طاولة شاغرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge check %1 of table %2 into: tap another open table.</source>
        <translation>دمج الفاتورة %1 من الطاولة %2 في: انقر على طاولة مفتوحة أخرى.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check %1 moved from table %2 to table %3.</source>
        <translation>نُقلت الفاتورة %1 من الطاولة %2 إلى الطاولة %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 has no open check to merge into.</source>
        <translation>لا توجد فاتورة مفتوحة على الطاولة %1 للدمج فيها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1 of table %2 merged into table %3.</source>
        <translation>دُمجت الفاتورة %1 من الطاولة %2 في الطاولة %3.</translation>
    </message>
</context>
<context>
    <name>VoidReasonDialog</name>
    <message>
        <location filename="../pos/ui/order/dialogs.py" line="-193"/>
        <source>Guest changed their mind</source>
        <translation>غيّر الضيف رأيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item rung</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen mistake</source>
        <translation>خطأ من المطبخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality complaint</source>
        <translation>شكوى من الجودة</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Void reason</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is %1 voided?</source>
        <translation>لماذا يُلغى %1؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <location filename="../pos/ui/inventory/stock.py" line="+17"/>
        <source>Ingredient</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wasted ingredient</source>
        <translation>المكوّن المهدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity (e.g. 250 g, 1.5 kg, 3)</source>
        <translation>الكمية (مثل 250 g أو 1.5 kg أو 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wasted quantity</source>
        <translation>الكمية المهدورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>سقط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoiled</source>
        <translation>فسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>انتهت صلاحيته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overcooked</source>
        <translation>احترق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record waste</source>
        <translation>تسجيل الهدر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type %1</source>
        <translation>اكتب %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>On hand: %1</source>
        <translation>المتوفر: %1</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../pos/ui/formatting.py" line="+96"/>
        <source>%1 %2 %</source>
        <translation>%1 %2٪</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check %1</source>
        <translation>الفاتورة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1</source>
        <translation>الجزء %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 h</source>
        <translation>%1:%2 س</translation>
    </message>
</context>
</TS>
