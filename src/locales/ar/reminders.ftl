# الآجال والتذكيرات.

cmd-deadlines =
    /deadlines — آجالي (ووضع علامة «تم»)
    /deadlines undo — التراجع عن علامة «تم»
cmd-deadline =
    /deadline <يوم/شهر/سنة ساعة:دقيقة> <العنوان FR | AR> — إنشاء أجل
    خيارات: [team=…] [role=…] [offsets=7d,3d,1d,0,-1d]
    /deadline list — قائمة الآجال
    /deadline edit <مرجع> … — تعديل أجل
    /deadline cancel <مرجع> — إلغاء أجل
cmd-calendar = /calendar import [ملف.yaml] — استيراد الرزنامة (knowledge/)

audience-everyone = الجميع
audience-team = { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }
audience-role = دور { $role }

deadline-usage =
    الاستعمال:
    /deadline { $example } Note de cadrage | مذكرة التأطير — للجميع
    (التاريخ يوم/شهر/سنة ثم الساعة؛ تصلح أيضًا «غدا 17:00» أو «الاثنين 9:00»)
    الخيارات: team=<فريق>، role=coordinators|participants، offsets=7d,3d,1d,0,-1d
    /deadline list — قائمة الآجال
    /deadline edit <مرجع> { $example } — تغيير التاريخ (أو: title <FR | AR>، offsets=…، team=…)
    /deadline cancel <مرجع> — إلغاء
deadline-bad-role = دور غير معروف: استعمل role=coordinators أو role=participants.
deadline-bad-offsets = مواعيد التذكير غير مفهومة: استعمل مثلًا offsets=7d,3d,1d,0,-1d (d أيام، h ساعات، m دقائق؛ السالب بعد الأجل).
deadline-bad-date = التاريخ غير مفهوم: اكتب اليوم/الشهر/السنة ثم الساعة، مثلًا { $example } (بتوقيت تونس). تصلح أيضًا «غدا 17:00» أو «الاثنين 9:00».
deadline-in-past = هذا التاريخ مضى: يُحدَّد الأجل في المستقبل (بتوقيت تونس).
deadline-too-far = هذا التاريخ بعد أكثر من { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
       *[other] { $years } سنة
    }: تحقّق من السنة (على الأكثر { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
       *[other] { $years } سنة
    } مسبقًا).
deadline-too-many-offsets = تذكيرات كثيرة: { $max ->
        [one] تذكير واحد
        [two] تذكيران
        [few] { $max } تذكيرات
        [many] { $max } تذكيرًا
       *[other] { $max } تذكير
    } على الأكثر لكل أجل (مثلًا offsets=7d,3d,1d,0).
deadline-title-too-long = العنوان طويل جدًّا: { $max ->
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر (في كل لغة).
deadline-no-title = ينقص عنوان الأجل بعد التاريخ.
deadline-created = تم إنشاء الأجل [{ $ref }]: « { $title } » — { $when } — { $audience } — التذكيرات: { $offsets }.
deadline-one-title = { $missing ->
        [fr] العنوان بالعربية فقط: سيُقرأ هكذا بالفرنسية أيضًا. لإضافة العنوان بالفرنسية: /deadline edit { $ref } title <العنوان بالفرنسية>
       *[ar] العنوان بالفرنسية فقط: سيُقرأ هكذا بالعربية أيضًا. لإضافة العنوان بالعربية: /deadline edit { $ref } title <العنوان بالعربية>
    }
deadline-past-offsets = عدد التذكيرات التي فات موعدها ولن تُرسل: { $count }.
deadline-list-empty = لا توجد آجال جارية.
deadline-list-title = الآجال (المرجع · التاريخ · العنوان · المعنيون · تم):
deadline-list-line = [{ $ref }] { $when } · { $title } · { $audience } · { $done }/{ $total }
deadline-not-found = لا يوجد أجل جارٍ بالمرجع « { $ref } ». انظر /deadline list.
deadline-duplicate = هذا الأجل موجود من قبل [{ $ref }]: « { $title } » — { $when } — { $audience }. لم يُنشأ شيء؛ لتغييره: /deadline edit { $ref }.
deadline-cancel-usage = الاستعمال: /deadline cancel <مرجع> — المرجع هو ما بين المعقوفين في /deadline list.
deadline-edit-usage = الاستعمال: /deadline edit <مرجع> <يوم/شهر/سنة ساعة:دقيقة> (مثلًا { $example }) — أو title <FR | AR>، offsets=…، team=…، role=…
deadline-updated = تم تعديل الأجل [{ $ref }]: « { $title } » — { $when } — { $audience } — التذكيرات: { $offsets }.
deadline-cancelled = تم إلغاء الأجل [{ $ref }]: « { $title } ». لن تُرسل تذكيراته المنتظرة.

my-deadlines-empty = ليس لديك أي أجل جارٍ.
my-deadlines-title = آجالك:
my-deadlines-done = ✅ { $when } — { $title }
my-deadlines-late = ⚠️ { $when } — { $title } (متأخر)
my-deadlines-open = ⏳ { $when } — { $title }
my-deadlines-action = الإجراء { $n } — { $title }
my-deadlines-pick = { $count ->
        [one] عندما يُنجَز هذا الأجل، اختره:
        [two] عندما يُنجَز أحد هذين الأجلين، اختره:
        [few] عندما يُنجَز أحد هذه الآجال الـ{ $count }، اختره:
       *[other] عندما يُنجَز أحد هذه الآجال الـ{ $count }، اختره:
    }
my-deadlines-pick-busy = ℹ️ الرقم وحده يجيب عن السؤال المفتوح. لأجلٍ من هذه القائمة، اكتب /deadlines متبوعًا برقمه، مثلًا /deadlines 1: تبقى الأرقام أرقامَ هذه القائمة حتى بعد تسجيل أحدها منجَزًا.
my-deadlines-already-done = « { $title } »، رقم { $n } في قائمتك الأخيرة، منجَز من قبل: لم يُسجَّل أي أجل آخر.
my-deadlines-renumbered = لم يُسجَّل أي شيء: هذه قائمتك بأرقامها. اكتب /deadlines متبوعًا برقم الأجل المنجَز.
my-deadlines-undo-hint = أُشِّر عليه خطأً؟ /deadlines undo
my-deadlines-undo-nothing = لا يوجد أجل أُشِّر عليه في هذه المحادثة لإعادة فتحه. لأجلٍ من قائمتك الأخيرة: /deadlines undo <رقم>.
my-deadlines-undo-no-list = لم يُعَد فتح أي شيء: قائمتك الأخيرة لم تعد معروفة. اكتب /deadlines undo وحده لإعادة فتح آخر أجل أُشِّر عليه هنا، أو /plan undo <رقم> لإجراء من الخطة.
my-deadlines-undo-usage = لإعادة فتح أجل مؤشَّر عليه: /deadlines undo <رقمه في قائمتك الأخيرة>، أو /deadlines undo وحده لآخر أجل أُشِّر عليه.
my-deadlines-undo-gone = هذا الأجل لم يعد جاريًا (أُلغي): لم يُعَد فتح أي شيء.
my-deadlines-not-done = « { $title } » غير مؤشَّر عليه: لم يتغيّر شيء.
my-deadlines-undone = ↩️ أُزيلت العلامة عن « { $title } »: عاد إلى آجالك التي تنتظر الإنجاز.
my-deadlines-undone-team = ↩️ أُزيلت العلامة عن « { $title } »، للفريق كلّه: عاد الإجراء إلى ما ينتظر الإنجاز في /plan و /deadlines.
my-deadlines-no-such = { $count ->
        [one] لا يوجد أجل رقم { $n }: في القائمة أجل واحد فقط، /deadlines 1.
        [two] لا يوجد أجل رقم { $n }: في القائمة أجلان، من 1 إلى 2.
        [few] لا يوجد أجل رقم { $n }: في القائمة { $count } آجال، من 1 إلى { $count }.
        [many] لا يوجد أجل رقم { $n }: في القائمة { $count } أجلًا، من 1 إلى { $count }.
       *[other] لا يوجد أجل رقم { $n }: في القائمة { $count } أجل، من 1 إلى { $count }.
    }

reminder-left-days = { $n ->
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $n } أيام
    [many] بعد { $n } يومًا
   *[other] بعد { $n } يوم
}
reminder-left-hours = { $n ->
    [one] بعد ساعة واحدة
    [two] بعد ساعتين
    [few] بعد { $n } ساعات
   *[other] بعد { $n } ساعة
}
reminder-left-soon = بعد أقل من ساعة
reminder-upcoming = ⏰ تذكير: « { $title } » مطلوب { $left } ({ $when }).
reminder-due = ⏰ حان الأجل: « { $title } » ({ $when }).
reminder-late = ⚠️ متأخر: « { $title } » كان مطلوبًا يوم { $when }. إن أنجزته فأعلمني.
reminder-mark-done = ✅ تم
reminder-key-done = أنجزت
reminder-key-snooze = لاحقا
reminder-snooze = ⏰ ذكّرني غدًا
reminder-done-ok = ✅ سُجّل: « { $title } » تم إنجازه. لا مزيد من التذكيرات بشأنه.
reminder-snooze-ok = ⏰ حسنًا، سأذكّرك يوم { $when }.

calendar-usage = الاستعمال: /calendar import [ملف.yaml] — ملف من المجلد knowledge/ (calendar.example.yaml افتراضيًا).
calendar-missing = لم أجد الملف « { $file } » في المجلد knowledge/.
calendar-invalid = الملف « { $file } » ليس رزنامة صالحة: { $problem }
calendar-imported = تم استيراد الرزنامة « { $file } »: أُنشئ { $created }، عُدّل { $updated }، دون تغيير { $unchanged }.
calendar-entry-error = ⚠️ تم تجاهله — { $problem }

# A reminder's time relative to its deadline, in the confirmations of /deadline.
offset-day = { $amount ->
        [one] يوم
        [two] يومين
        [few] { $amount } أيام
        [many] { $amount } يومًا
       *[other] { $amount } يوم
    }
offset-hour = { $amount ->
        [one] ساعة
        [two] ساعتين
        [few] { $amount } ساعات
        [many] { $amount } ساعة
       *[other] { $amount } ساعة
    }
offset-minute = { $amount ->
        [one] دقيقة
        [two] دقيقتين
        [few] { $amount } دقائق
        [many] { $amount } دقيقة
       *[other] { $amount } دقيقة
    }
offset-before = قبل { $span }
offset-after = بعد { $span }
offset-at = عند حلول الأجل
