# متابعة الفرق والتصدير.

cmd-progress = /progress — تقدم الفرق (التشخيص، الآجال، التأخير)
cmd-export = /export الإجابات — إجابات فريقكم وخطته وآجاله في ملف Excel

progress-member = هذا الأمر مخصص للمنسقين: يعرض تقدّم كل الفرق. ولمتابعة تقدّم فريقك: /diagnostic للاستبيانات، و /plan للإجراءات.
progress-title = تقدم الفرق:
progress-team = ◀ { $slug } — { $commune } (عدد الأعضاء: { $members })
progress-team-named = ◀ { $slug } — { $name }، بلدية { $commune } (عدد الأعضاء: { $members })
progress-no-run = الاستبيان: لم يبدأ بعد
progress-run = • { $questionnaire }: { $status } — { $percent } %، الإجابات { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    }
progress-run-extra = { "   " }◦ { $part } (اختياري): { $answered }/{ $total }
progress-run-skipped = ، تم تخطي { $skipped }
progress-run-unknown = • { $questionnaire }: { $status }، عدد الإجابات { $answers }
progress-personal = • { $questionnaire } (فردي): { $members ->
        [0] لا عضو لتعميره بعد
       *[other] قدّمه { $submitted }/{ $members } من الأعضاء ({ $percent } %)
    }
progress-status-new = لم يبدأ
progress-status-open = جارٍ
progress-status-submitted = مُقدَّم
progress-deadlines = الآجال: { $total } — المنجزة: { $done }، المتأخرة: { $late }، القادمة: { $open }
progress-deadlines-none = الآجال: لا أجل إلى حدّ الآن
progress-plan = خطة التحسين: { $actions ->
        [one] إجراء واحد
        [two] إجراءان
        [few] { $actions } إجراءات
        [many] { $actions } إجراءً
       *[other] { $actions } إجراء
    }، المنجز منها { $done }
progress-late-people = المتأخرون: { $names }
progress-not-started = ○ استبيانات لم تنطلق بعد: { $count }
progress-more = كل استبيان وكل جزء اختياري: /progress تفاصيل
progress-export-hint = ملف الجدول: /export التقدم
progress-overview-title = الفرق ({ $teams })، التي تحتاج إلى متابعة أولًا:
progress-overview-title-page = الفرق ({ $teams })، التي تحتاج إلى متابعة أولًا — الصفحة { $page }/{ $pages }:
progress-overview-named = { $team }، { $commune }
progress-overview-line = { $team }: { $diagnostic }، { $late ->
        [0] لا إجراء متأخر
        [one] إجراء متأخر واحد
        [two] إجراءان متأخران
        [few] { $late } إجراءات متأخرة
        [many] { $late } إجراءً متأخرًا
       *[other] { $late } إجراء متأخر
    }، { $activity }
progress-overview-diagnostic = التشخيص { $percent } %
progress-overview-no-diagnostic = لا تشخيص
progress-activity = { $days ->
        [0] نشِط اليوم
        [1] نشِط أمس
        [two] بلا نشاط منذ يومين
        [few] بلا نشاط منذ { $days } أيام
        [many] بلا نشاط منذ { $days } يومًا
       *[other] بلا نشاط منذ { $days } يوم
    }
progress-activity-none = لا نشاط بعد
progress-overview-previous = 🔼 الفرق السابقة
progress-overview-next = 🔽 الفرق الموالية
progress-overview-footer =
    التفاصيل: الرقم، أو /progress { $slug }
    كل الفرق بالتفصيل: /progress تفاصيل
progress-plan-late = إجراءات الخطة المتأخرة: { $late }
progress-last-activity = آخر نشاط: { $activity }
progress-team-more = كل استبيان وكل جزء اختياري: /progress { $slug } تفاصيل
progress-team-back = كل الفرق: /progress
progress-unknown-team = لا يوجد فريق « { $query } ». اكتب /progress لقائمة الفرق، ثم رقم أحدها أو رمزه.
export-usage =
    الاستعمال:
    /export الإجابات — إجابات فريقكم وخطة التحسين والآجال في ملف Excel (/export الإجابات sfax لفريق آخر من فرقكم)
    /export الإجابات الكل — كل الفرق في ملف واحد (للمنسّقين)
    /export التقدم — تقدم الفرق في ملف CSV (للمنسّقين)
export-caption = تقدّم الفرق (عددها: { $teams })، بصيغة CSV (فاصلة منقوطة، يُفتح في Excel).
# File names (words joined by hyphens, no spaces or accents).
export-file-progress = تقدم
export-file-answers = إجابات
export-file-answers-all = إجابات-كل-الفرق
export-col-team = الفريق
export-col-commune = البلدية
export-col-members = الأعضاء
export-col-questionnaire = الاستبيان
export-col-status = الحالة
export-col-answered = الإجابات
export-col-skipped = المتجاوَزة
export-col-questions = الأسئلة المنطبقة
export-col-completion = نسبة التقدّم (%)
export-col-extras = الأجزاء الاختيارية المفتوحة
export-col-deadlines-done = آجال منجزة
export-col-deadlines-late = آجال متأخرة
export-col-deadlines-open = آجال قادمة
export-col-late-people = المتأخرون
export-col-plan-actions = إجراءات الخطة
export-col-plan-done = إجراءات منجزة
export-extra = { $part }: { $answered }/{ $total }
export-personal = فردي: قدّمه { $submitted }/{ $members }
progress-reports = • { $questionnaire }: { $count }
progress-reports-count = { $count ->
        [0] لم يُقدَّم أيّ تقرير
        [one] تقرير واحد مقدَّم
        [two] تقريران مقدَّمان
        [few] { $count } تقارير مقدَّمة
        [many] { $count } تقريرًا مقدَّمًا
       *[other] { $count } تقرير مقدَّم
    }
export-answers-caption = { $teams ->
        [one] إجابات { TEAM_WORD($team) ->
            [equipe] { $team }
            [fariq] { $team }
           *[other] فريق { $team }
        }
       *[other] إجابات الفرق (عددها: { $teams })
    }: { $answers ->
        [0] لا إجابة
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $answers } إجابات
       *[other] { $answers } إجابة
    }، { $actions ->
        [0] لا إجراء في الخطة
        [one] إجراء واحد في الخطة
        [two] إجراءان في الخطة
        [few] { $actions } إجراءات في الخطة
        [many] { $actions } إجراءً في الخطة
       *[other] { $actions } إجراء في الخطة
    }، { $deadlines ->
        [0] لا أجل
        [one] أجل واحد
        [two] أجلان
        [few] { $deadlines } آجال
        [many] { $deadlines } أجلًا
       *[other] { $deadlines } أجل
    } (ملف Excel).
export-answers-more-coordinator = تصديرات أخرى: /export الإجابات الكل (كل الفرق)، /export التقدم (التقدم في ملف CSV).
export-answers-more-teams = لفريق آخر من فرقكم: /export الإجابات <الفريق>.
export-answers-no-team = لستم في أي فريق: اذكروا فريقًا (/export الإجابات sfax) أو صدّروا كل الفرق (/export الإجابات الكل).
export-answers-unknown-team = لا يوجد فريق « { $slug } » ضمن فرقكم. فرقكم: { $teams }.
export-answers-sheet-run = رقم { $n }
export-answers-sheet-plan = خطة التحسين
export-answers-sheet-deadlines = الآجال
export-answers-col-section = القسم
export-answers-col-question = السؤال (الرمز)
export-answers-col-label-fr = نص السؤال بالفرنسية
export-answers-col-label-ar = نص السؤال بالعربية
export-answers-col-value = القيمة المسجّلة
export-answers-col-answer = الإجابة
export-answers-col-author = صاحب الإجابة
export-answers-col-time = التاريخ والساعة
export-answers-col-history = الإجابات السابقة
export-answers-col-n = الرقم
export-answers-col-action = الإجراء
export-answers-col-kind = النوع
export-answers-col-owner = المسؤول
export-answers-col-due = الأجل
export-answers-col-indicator = المؤشر
export-answers-col-baseline = القيمة المرجعية
export-answers-col-target = الهدف
export-answers-col-priority = الأولوية
export-answers-col-done = أُنجز
export-answers-col-deadline = الأجل
export-answers-col-deadline-due = تاريخ الأجل
export-answers-kind-quick_win = إجراء سريع
export-answers-kind-structural = إجراء هيكلي
export-answers-done = أُنجز
export-answers-not-done = لم يُنجز
export-participant = مشارك { $n }
