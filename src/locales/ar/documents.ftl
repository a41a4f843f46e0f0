# الوثائق (تقارير DOCX): كلمات النماذج، بلغة الشخص.

doc-team-title = تشخيص أداء المرفق وخطة تحسينه
doc-owner-missing = يُسمّى من يقوده
doc-commune = البلدية
doc-service = المرفق
doc-team = الفريق
doc-team-value = { $team } ({ $members })
doc-dates = التشخيص
doc-dates-value = انطلق يوم { $start }، وقُدِّم يوم { $end }
doc-made-on = تاريخ إعداد الوثيقة
doc-summary = الخلاصة
doc-summary-overall = المستوى العام
doc-summary-overall-value = { $score }/100 — { $level }
doc-summary-weakest = أولويات التحسين
doc-summary-measured = المؤشرات المقيسة
doc-summary-gaps = ما زال بعيدًا عن هدف الخطة
doc-summary-measured-value = { $measured } من { $total }
doc-summary-plan-value = { $count ->
        [one] إجراء واحد
        [two] إجراءان
        [few] { $count } إجراءات
        [many] { $count } إجراءً
       *[other] { $count } إجراء
    }{ $done ->
        [0] ، لم يُنجز أيّ منها بعد
        [one] ، أُنجز منها واحد
        [two] ، أُنجز منها اثنان
       *[other] ، أُنجز منها { $done }
    }
doc-context = السياق والمنهجية
doc-context-text = يعرض هذا التقرير التشخيص الذي أنجزه فريق الكتّاب العامين في بلدية { $commune }، خلال معايشات برنامج دعم جودة الخدمات البلدية. وقد أُعدّ انطلاقًا من الإجابات التي أدخلها الفريق، سؤالًا بسؤال، أثناء العمل الميداني.
doc-method-text = قاس الفريق أولًا أداء المرفق بمؤشرات مجاله (القيم المرجعية مع مصدرها). ثم راجع ممارسات التصرف في المرفق؛ ولكل محور عدد من 0 إلى 100 ومستوى نضج، انطلاقًا من سلالم وُصف كل مستوى فيها. وحدّد أخيرًا مشاكله ذات الأولوية وأسبابها وأول إجراء لكل منها. وتنطلق خطة التحسين من هذه المقترحات، وتُكمَّل بإجراءات مرتبطة بأضعف الإجابات.
doc-measures = الأداء المقيس للمرفق
doc-measures-intro = القيم المسجّلة أثناء المعايشة: هي نقاط انطلاق مؤشرات الخطة.
doc-measures-none = لم يُقَس أيّ مؤشر.
doc-col-indicator = المؤشر
doc-col-value = القيمة
doc-col-source = المصدر
doc-col-better = الاتجاه المنشود
doc-source-register = سجلّ أو منظومة إعلامية
doc-source-immersion_count = عدّ أثناء المعايشة
doc-source-estimate = تقدير الأعوان
doc-better-lower = نحو الانخفاض
doc-better-higher = نحو الارتفاع
doc-col-target-reference = الهدف / المرجع
doc-measure-target = هدف الخطة: { $target }
doc-measure-gap = الفارق المتبقّي: { $gap }
doc-measure-gap-points = الفارق المتبقّي: { $gap ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $gap } نقاط
   *[other] { $gap } نقطة
}
doc-measure-reached = الهدف محقَّق
doc-measure-reference = المرجع: { $reference }
doc-scores = ممارسات التصرف: النتائج حسب المحاور
doc-scores-intro = النتائج من 0 إلى 100؛ وتتدرّج المستويات من «أولي» إلى «نموذجي». والمحور الذي لا ينطبق على هذا المرفق لا يدخل في المستوى العام.
doc-col-dimension = المحور
doc-col-score = العدد
doc-col-level = المستوى
doc-not-applicable = لا ينطبق على هذا المرفق
doc-strengths = نقاط القوة
doc-strengths-none = لم يبلغ أيّ محور بعدُ مستوى «{ $level }»: لا نقطة قوة تُذكر في الوقت الحاضر.
doc-weaknesses = محاور التحسين
doc-weaknesses-intro = المحاور الأضعف، مع الإجابات التي تُنزل نتيجتها: هي التي ينبغي أن تعالجها خطة التحسين أولًا.
doc-weaknesses-none = بلغت كل المحاور المقيَّمة مستوى «{ $level }»: لا يوجد محور تحسين ذو أولوية.
doc-weaknesses-none-but-gaps = بلغت كل المحاور المقيَّمة مستوى «{ $level }»، لكنّ قيمًا مقيسة ما زالت بعيدة عن الهدف الذي حدّدته لها الخطة: هي التي ينبغي أن تعالجها الخطة أولًا.
doc-weaknesses-measures = قيم مقيسة ما زالت بعيدة عن هدفها
doc-problems = المشاكل ذات الأولوية وأسبابها
doc-problems-none = لم يحدّد الفريق أيّ مشكلة ذات أولوية.
doc-problem-title = المشكلة { $n }: { $problem }
doc-causes = أصناف الأسباب
doc-root-cause = السبب الجذري (لماذا خمس مرات)
doc-first-action = أول إجراء مقترح
doc-plan = خطة التحسين
doc-plan-intro = { $count ->
        [0] لا تتضمن الخطة أيّ إجراء بعد.
        [one] تتضمن الخطة إجراءً واحدًا، مع من يقوده وأجله ومؤشره.
        [two] تتضمن الخطة إجراءين: مقترحات الفريق أولًا، ثم الإجراءات المرتبطة بأضعف الإجابات.
        [few] تتضمن الخطة { $count } إجراءات: مقترحات الفريق أولًا، ثم الإجراءات المرتبطة بأضعف الإجابات. الإجراءات السريعة: 30 يومًا دون ميزانية؛ الإجراءات الهيكلية: تُدرج في الميزانية القادمة.
        [many] تتضمن الخطة { $count } إجراءً: مقترحات الفريق أولًا، ثم الإجراءات المرتبطة بأضعف الإجابات. الإجراءات السريعة: 30 يومًا دون ميزانية؛ الإجراءات الهيكلية: تُدرج في الميزانية القادمة.
       *[other] تتضمن الخطة { $count } إجراء: مقترحات الفريق أولًا، ثم الإجراءات المرتبطة بأضعف الإجابات. الإجراءات السريعة: 30 يومًا دون ميزانية؛ الإجراءات الهيكلية: تُدرج في الميزانية القادمة.
    }
doc-col-action = الإجراء
doc-col-owner = من يقوده
doc-col-due = الأجل
doc-col-indicator-target = المؤشر: الانطلاق ← الهدف
doc-target-only = الهدف: { $target }
doc-kind-quick_win = إجراء سريع
doc-action-done = (أُنجز)
doc-kind-structural = إجراء هيكلي
doc-follow-up = المتابعة
doc-follow-up-intro = أين وصلت الخطة في { $date }، ومتى يراجعها الفريق.
doc-follow-up-done = الإجراءات المنجزة
doc-follow-up-done-value = { $done } من { $total }
doc-follow-up-late = انقضى أجلها ولم تُنجز
doc-follow-up-next = الأجل القادم، يوم { $date }
doc-follow-up-reviews = مراجعات الخطة
doc-follow-up-reviews-value = { $frequency }، أولاها يوم { $first }
doc-follow-up-first-review = المراجعة الأولى يوم { $first }
doc-follow-up-reviews-pending = تُضبط مع منظومة الجودة (المعايشة الثانية)
doc-quality = منظومة الجودة في المرفق (المعايشة الثانية)
doc-quality-intro = المنظومة الدائمة للتحسين المستمر كما وصفها الفريق: تعهدات الخدمة، لوحة القيادة، مسار الشكاوى، القيادة والمراجعات.
doc-quality-pending = لم يُقدَّم استبيان المعايشة الثانية بعد: يُستكمل هذا الجزء لاحقًا.
doc-start-action-title = إجراء الانطلاق { $n }: { $action }
doc-start-action-need = النقص الذي يعالجه

# الدليل العملي (/guide)، للمنسقين.
cmd-guide =
    /guide — مشروع الدليل العملي (DOCX): المناهج، ثم حالة كل بلدية
    /guide fr، /guide ar — بالفرنسية، بالعربية
    /guide مجهول — البلديات والأشخاص بالحروف
guide-usage = الاستعمال: /guide (بلغة المحادثة)، /guide fr (بالفرنسية)، /guide ar (بالعربية)، /guide مجهول (البلديات والأشخاص بالحروف).
guide-caption = مشروع الدليل العملي: المناهج والأدوات، ثم دراسة حالة لكل بلدية نموذجية.
guide-title = التصرف في جودة الخدمات البلدية وتحسينها
guide-subtitle = المناهج والأدوات ودراسات الحالة — دليل عملي
guide-cover-status = الحالة
guide-cover-draft = مشروع أُعدّ يوم { $date }، للمراجعة
guide-cover-communes = البلديات النموذجية
guide-cover-names = الأسماء
guide-cover-anonymous = البلديات والأشخاص مشار إليهم بالحروف
guide-foreword = تقديم
guide-foreword-text = يجمع مشروع الدليل هذا ما قدّمه البرنامج للكتّاب العامين: المناهج والأدوات التي عُرضت خلال الدورات، ثم ما أنجزته كل بلدية نموذجية بها خلال معايشاتها. يعرض الجزء الأول بطاقات المنهجية مع مراجعها؛ والجزء الثاني مستمد من التشخيصات والخطط ومنظومات الجودة والتقارير التي أدخلتها الفرق. ويراجعه المنسقون ويستكملونه قبل نشره.
guide-part-1 = الجزء الأول — المناهج والأدوات
guide-part-1-text = تعرض كل بطاقة منهجًا أو أداة، وتطبيقها على الخدمات البلدية، والمراجع التي تسمح بالتعمق.
guide-part-2 = الجزء الثاني — دراسات حالة البلديات النموذجية
guide-part-2-text = لكل بلدية: المرفق المشخَّص وقياساته، وما أظهره التشخيص، والمشاكل المختارة والخطة المقررة، وتقدّمها، ومنظومة الجودة والمهمات.
guide-sources = المراجع
guide-checked = وقائع تم التثبت منها يوم { $date }.
guide-case-title = دراسة حالة — { $commune }
guide-case-empty = لم يقدّم الفريق أيّ استبيان بعد.
guide-case-diagnostic = التشخيص
guide-case-service = المرفق المشخَّص: { $service } ({ $team }).
guide-case-level = المستوى العام: { $score }/100، { $level }. أضعف المحاور: { $weakest }.
guide-case-problems = المشاكل ذات الأولوية وأول الإجراءات
guide-case-plan = خطة التحسين وتقدّمها
guide-case-progress = { $total ->
        [one] إجراء واحد في الخطة.
        [two] إجراءان في الخطة.
        [few] { $total } إجراءات في الخطة.
        [many] { $total } إجراءً في الخطة.
       *[other] { $total } إجراء في الخطة.
    } المنجزة منها: { $done }. آجال البقية: المتأخرة { $late }، القادمة { $open }.
guide-anon-commune = البلدية { $letter }
guide-anon-team = الفريق { $letter }
guide-anon-person = المشارك { $letter }{ $n }
doc-mandator = الجهة المكلِّفة
doc-subject = الموضوع
doc-outline-summary = الملخّص
doc-outline-mission-context = السياق وموضوع المهمة
doc-outline-mission-people = الفريق والأشخاص الذين تمّت مقابلتهم
doc-outline-mission-method = سير المهمة والمنهجية
doc-outline-findings = الملاحظات
doc-outline-recommendations = التوصيات
doc-outline-difficulties = الصعوبات
doc-outline-next-steps = الخطوات القادمة
doc-outline-visit-identification = التعريف بالزيارة
doc-outline-visit-topic = الموضوع والأهداف
doc-outline-visit-programme = برنامج الزيارات
doc-outline-visit-findings = الملاحظات: ما أدهشنا وما تعلّمناه
doc-outline-visit-practices = الممارسات الجيدة وشروط نجاحها
doc-outline-visit-transfer = الأسباب، وقابلية النقل إلى البلدية التونسية، والأعمال المقترحة
