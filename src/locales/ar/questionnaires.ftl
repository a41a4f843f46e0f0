# استبيانات التشخيص

cmd-diagnostic = /diagnostic — تعمير استبيان تشخيص مع فريقك
cmd-status = /status — تقدّم الاستبيان الجاري
cmd-plan =
    /plan — خطة تحسين الفريق
    /plan add <العنوان> — إضافة إجراء
    /plan edit <n> — تعديل إجراء خطوة بخطوة
    /plan edit | remove | done <n> — تعديله، حذفه، تسجيله منجزًا
    /plan undo <n> — إعادة فتح إجراء سُجّل منجزًا
cmd-results = /results — النتائج ومستويات النضج للاستبيان المقدَّم
cmd-report =
    /report — تقرير الفريق (DOCX)
    /report مهمة، /report زيارة — آخر تقرير مقدَّم
report-usage = الاستعمال: /report (تقرير التشخيص وخطة الفريق)، /report مهمة (آخر تقرير مهمة)، /report زيارة (آخر مذكرة زيارة دراسية).
report-not-ready = يكون التقرير جاهزًا عندما يُقدَّم تشخيص الفريق: /diagnostic لمواصلته، ثم /submit.
report-none-submitted = لم يُقدَّم أيّ « { $title } » حتى الآن: املأ واحدًا عبر /diagnostic، ثم /submit.
report-caption = تقرير { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }: التشخيص، القيم المقيسة، النتائج، المشاكل وخطة التحسين.
report-caption-repeated = { $title } (آخر ما قُدِّم).
# كلمة التقرير في اسم ملفه (jawda-تقرير-باجة-2026-12-06.docx): حروف فقط.
report-file-word = تقرير
cmd-reopen = /reopen <الفريق> <رقم> — إعادة فتح استبيان مقدَّم

qn-list-title = استبيانات فريقك ({ $team }):
qn-list-item = { $title } — { $status }
qn-list-status-new = لم يبدأ بعد
qn-list-status-open = جارٍ: الإجابات { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    }{ $skipped ->
        [0] {""}
        [one] ، واحد متجاوَز
        [two] ، اثنان متجاوَزان
        [few] ، { $skipped } متجاوَزة
       *[other] ، { $skipped } متجاوَزة
    }
qn-list-status-submitted = قُدِّم بتاريخ { $date }
qn-list-pick = اختر استبيانًا:
qn-pick-team = أنت عضو في أكثر من فريق. لأيّ بلدية تعمل الآن؟ (يمكنك التغيير لاحقًا عبر /diagnostic)
qn-no-team = يجب أن تكون عضوًا في فريق (بلدية) لتعمير التشخيص. اطلب رمز دعوة من المنسق.
qn-unknown = استبيان غير معروف: « { $value } ». اكتب /diagnostic لعرض القائمة.
qn-started = لنبدأ: « { $title } » { TEAM_WORD($team) ->
        [equipe] لـ{ $team }
        [fariq] لـ{ $team }
       *[other] لفريق { $team }
    }. حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، { $span ->
        [range] وعدد الأسئلة بين { $total } و{ $most } حسب المرفق
       *[exact] و{ $total ->
            [one] سؤال واحد
            [two] سؤالان
            [few] { $total } أسئلة
            [many] { $total } سؤالًا
           *[other] { $total } سؤال
        }
    }. تُحفظ إجاباتك أولًا بأول: /pause في أي وقت، وتستأنف من حيث توقفت.
qn-resumed = تستأنف « { $title } » ({ $team }) من السؤال { $number } (إجابات الفريق: { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    }).
qn-resumed-extra = تستأنف « { $title } » ({ $team }) من السؤال { $number }/{ $partTotal } من « { $part } »، وهو اختياري (إجابات الفريق: { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    }).
qn-resumed-review = تستأنف « { $title } »: كل الأسئلة لها إجابة، وهذه المراجعة.
qn-already-submitted = قُدِّم « { $title } » بتاريخ { $date }. الإجابات للاطلاع فقط، ويمكن للمنسق إعادة فتح الاستبيان. انظر /results و /plan.
qn-already-submitted-by = قدّم { $name } « { $title } » بتاريخ { $date }. الإجابات للاطلاع فقط، ويمكن للمنسق إعادة فتح الاستبيان. انظر /results و /plan.
qn-position = السؤال { $number }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } · { $section }
qn-position-extra = السؤال { $number }/{ $total } · { $part } (اختياري)
qn-progress = { $bar } { $percent } %{ $skipped ->
        [0] {""}
        [one] { " " }(واحد متجاوَز)
        [two] { " " }(اثنان متجاوَزان)
       *[other] { " " }({ $skipped } متجاوَزة)
    }
qn-optional = (اختياري: /skip للتجاوز)
qn-current-answer = الإجابة الحالية: { $answer } — من { $author }. أرسل إجابة أخرى لتعويضها، أو /skip للإبقاء عليها.
qn-footer = ? مساعدة · /back رجوع · /pause توقف · /status التقدم
qn-hint-number = أجب برقم{ $range }.
qn-hint-number-range = { " " }بين { $min } و{ $max }
qn-hint-number-min = { " " }لا يقل عن { $min }
qn-hint-number-max = { " " }لا يزيد عن { $max }
qn-hint-unit = { " " }({ $unit })
qn-hint-date = أجب بتاريخ (يوم/شهر/سنة)، مثلًا { $example }، أو « اليوم ».
qn-hint-date-example = أجب بتاريخ (يوم/شهر/سنة)، مثلًا { $example }.
qn-hint-indicator = أجب بالقيمة المقيسة{ $unit }، أو بإحدى الإجابتين أدناه.
qn-not-measured = غير مقيس
qn-not-applicable = لا ينطبق
qn-hint-text = إجابة حرة ({ $max ->
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر).
qn-hint-photo = أرسل صورة كدليل، أو /skip للتجاوز.
qn-hint-multiple = يمكن اختيار عدة إجابات: أرسل الأرقام مفصولة بفواصل، مثلًا 1,3.
qn-hint-choice = أجب برقم الاختيار أو بنصّه.
qn-yes = نعم
qn-no = لا
qn-photo-value = 📷 صورة
qn-skipped = (متجاوَز)
qn-missing = ⚠️ يجب إكماله

qn-invalid-choice = لم أتعرف على هذا الاختيار. أجب برقم من 1 إلى { $max } أو بنص الاختيار.
qn-source-value-word = « { $text } » تُقال عن القيمة لا عن مصدرها. لتغيير القيمة، ارجع إليها بـ /back واكتب « { $text } ». وإلا فقل من أين أُخذت القيمة: رقم من 1 إلى { $max }.
qn-one-choice = إجابة واحدة فقط ممكنة هنا: أرسل رقمًا واحدًا، من { $min } إلى { $max }.
qn-invalid-multiple = لم أتعرف على هذه الاختيارات. أرسل رقمًا أو أكثر من 1 إلى { $max } مفصولة بفواصل (مثلًا 1,3).
qn-invalid-yesno = أجب بنعم أو لا (أو 1 / 2).
qn-invalid-scale = أجب بعدد صحيح من { $min } إلى { $max }.
qn-invalid-number = لا أستطيع قراءة هذا الرقم بيقين. اكتب رقمًا واحدًا بالأرقام، مثلًا 12 أو 3,5 أو 45 000.
qn-percent-fraction = « { $text } »: تُكتب النسبة هنا بالمائة. إن كانت { $percent } %، أرسل { $percent }؛ وإن كانت فعلًا أقل من 1 %، أرسل « { $text } % ».
qn-indicator-words = « { $text } » ليس رقمًا. أرسل القيمة المقيسة بالأرقام، أو « غير مقيس » إن لم يقسها أحد، أو « لا ينطبق ».
qn-number-other-unit = « { $text } » ليست بوحدة هذا السؤال (المذكورة أسفله): أرسل القيمة بهذه الوحدة.
qn-number-range = أعطِ قيمة واحدة (مثلًا القيمة المتوسطة)، لا مجالًا.
qn-number-either = « { $first } أو { $second } »؟ أرسل عددًا واحدًا: { $first } أو { $second }، أو القيمة الأدق بينهما.
qn-number-ambiguous = « { $text } »: هل تقصد { $thousands } أم { $decimal }؟ أعد إرسال الرقم دون « { $separator } » بين الآلاف، مثلًا { $thousands }.
qn-choice-ambiguous = « { $text } » يطابق أكثر من اختيار ({ $numbers }): أرسل الرقم المقصود.
qn-exclusive = « { $choiceAr } » لا يُجمع مع اختيار آخر: أبقه وحده أو احذفه.
qn-invalid-integer = المطلوب عدد صحيح (دون فاصل عشري).
qn-number-min = يجب ألا يقل الرقم عن { $min }.
qn-number-max = يجب ألا يزيد الرقم عن { $max }.
qn-text-empty = الإجابة فارغة (أو خالية من الحروف والأرقام). اكتب إجابتك، أو /skip إذا كان السؤال اختياريًا.
qn-text-too-long = الإجابة طويلة جدًا ({ $length ->
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، والحد { $max }). اختصرها.
qn-invalid-date = تاريخ غير مفهوم. اكتبه يوم/شهر/سنة، مثلًا { $example }.
qn-date-future = هذا التاريخ في المستقبل ({ $weekday } { $date }): يطلب هذا السؤال تاريخًا مضى، اليوم على أقصى تقدير. مثلًا « أمس » أو « الاثنين الماضي » أو { $example }.
qn-date-vague = « { $text } » لا يدلّ على يوم بعينه: اذكر اليوم، مثلًا { $example }.
qn-date-day-only = « { $text } »: ينقص الشهر. إن كان المقصود { $example } فأرسله هكذا، وإلا فاذكر اليوم مع الشهر والسنة.
qn-date-approximate = « { $text } » يعني تقريبًا { $example }: هذا السؤال يطلب اليوم بالضبط. أرسله بالأرقام، مثلًا { $example } إن كان هو اليوم المقصود، أو اليوم الصحيح من سنة { $year }.
qn-date-recorded = 📅 التاريخ المسجَّل: { $weekday } { $date }.
qn-working-days = ℹ️ « { $text } »: سُجِّل { $answer } (أيام العمل محسوبة كما هي، دون تحويل).
qn-changed-own = ✏️ تعديل — { $question }: { $previous } ← { $answer }
qn-change-opened = { $count ->
        [one] هذا التعديل يفتح سؤالًا جديدًا: ها هو.
        [two] هذا التعديل يفتح سؤالين جديدين: إليك أوّلهما.
       *[other] هذا التعديل يفتح أسئلة جديدة: إليك أوّلها.
    }
qn-replaced-teammate = ✏️ عوّضت هذه الإجابة إجابة { $name }: « { $previous } ».
qn-changed-by-teammate = ✏️ تعديل من { $name } — { $question }: { $previous } ← { $answer }
qn-answered-meanwhile = ⚠️ وصلت إجابة { $name } عن هذا السؤال بينما كنت عليه؛ لم تُسجَّل إجابتك ({ $answer }). أعد إرسالها لتعويض إجابة { $name }.
qn-changed-by-teammate-more = { $count ->
        [one] ✏️ وعُدِّلت إجابة أخرى من إجاباتك: /review لرؤيتها.
        [two] ✏️ وعُدِّلت إجابتان أخريان من إجاباتك: /review لرؤيتهما.
        [few] ✏️ وعُدِّلت { $count } إجابات أخرى من إجاباتك: /review لرؤيتها.
       *[other] ✏️ وعُدِّلت { $count } إجابة أخرى من إجاباتك: /review لرؤيتها.
    }
qn-photo-expected = هذا السؤال ينتظر صورة. أرسلها، أو /skip للتجاوز.
qn-photo-unexpected = هذا السؤال لا ينتظر صورة؛ أجب بنص.
qn-photo-caption-unexpected = هذا السؤال لا ينتظر صورة: لم تُسجَّل الصورة ولا تعليقها « { $caption } ». أرسل الإجابة في رسالة مكتوبة.
qn-document-not-saved = لا تُسجَّل الوثيقة كإجابة: لم يُسجَّل شيء. اكتب الإجابة في رسالة.
qn-document-as-photo = هذا السؤال ينتظر صورة تُرسَل كصورة لا كملف: لم يُسجَّل شيء. أعد إرسالها كصورة، أو /skip للتجاوز.
qn-nontext-next = { $expects ->
        [photo] لم يُسجَّل شيء: هذا السؤال ينتظر صورة، أرسلها كصورة، أو /skip للتجاوز.
        [choice] لم يُسجَّل شيء: اختر إجابتك من السؤال أدناه.
        [place] لم يُسجَّل شيء: هذا السؤال ينتظر إجابة مكتوبة، اكتب المكان بالحروف.
        [list] لم يُسجَّل شيء: هذا ما وصلت إليه.
       *[text] لم يُسجَّل شيء: اكتب إجابتك في رسالة.
    }
qn-no-answer-needed = هذه المعلومة لا تتطلب إجابة.
qn-constraint-failed = هذه الإجابة غير مقبولة لهذا السؤال.
qn-skip-required = هذا السؤال إجباري ولا يمكن تجاوزه. أجب عنه، أو اكتب /pause لتستفسر ثم تواصل لاحقًا.
qn-skip-required-indicator = لا يمكن تجاوز هذا القيس. إن لم يقسه أحد، أجب « غير مقيس »؛ وإن كان لا يخصّ هذا المرفق، أجب « لا ينطبق ».
qn-dont-know-optional = إن لم يكن أحد يعرف الإجابة، تجاوز هذا السؤال بكتابة /skip، فهو اختياري.
qn-text-no-words = « { $text } » لا يتضمّن أيّ كلمة: ينتظر هذا السؤال إجابة مكتوبة (اسمًا أو جملة). لم يُسجَّل شيء.
qn-dont-know-required = هذا السؤال يتطلّب إجابة. إن لم يكن أحد يعرفها، استفسر لدى المرفق: /pause يحفظ إجاباتك، ثم /diagnostic للمواصلة.
qn-question-typed = لطرح سؤال حول محتوى الدورة دون مغادرة الاستبيان: اكتب /ask ثم سؤالك.
qn-back-first = أنت في السؤال الأول.
qn-jump-invalid = لا يوجد سؤال بهذا الرقم في المراجعة (من 1 إلى { $max }).
qn-review-hint = أرسل رقم سؤال لتعديل إجابته، أو /submit للتقديم.
qn-error-prefix = ⚠️ { $message }
qn-help-none = لا توجد مساعدة خاصة بهذا السؤال.
qn-help-title = مساعدة:
qn-help-related = للتعمق أكثر:
qn-paused = الاستبيان متوقف مؤقتًا. إجاباتك محفوظة؛ اكتب /diagnostic للاستئناف.
qn-not-active = لا يوجد استبيان مفتوح. اكتب /diagnostic لبدء استبيان أو استئنافه.
qn-stale = هذا الاختيار يخص سؤالًا سابقًا: لم يُسجَّل شيء. أجب عن آخر سؤال معروض.
qn-stale-paused = الاستبيان متوقف مؤقتًا: لم يُسجَّل شيء. اكتب /diagnostic للاستئناف.
qn-left-back = ↩️ رجوع إلى السؤال السابق
qn-left-skip = ⏭ تم تجاوز السؤال
qn-left-pause = ⏸ الاستبيان متوقف مؤقتًا
qn-left-review = 📋 الانتقال إلى المراجعة

qn-review-title = مراجعة — الصفحة { $page }/{ $pages }
qn-review-status = الإجابات: { $answered }/{ $total }{ $skipped ->
        [0] {""}
        [one] { " " }· واحد متجاوَز
        [two] { " " }· اثنان متجاوَزان
       *[other] { " " }· { $skipped } متجاوَزة
    }{ $missing ->
        [0] {""}
        [one] { " " }· ⚠️ سؤال إجباري واحد يجب إكماله
        [two] { " " }· ⚠️ سؤالان إجباريان يجب إكمالهما
        [few] { " " }· ⚠️ { $missing } أسئلة إجبارية يجب إكمالها
        [many] { " " }· ⚠️ { $missing } سؤالًا إجباريًا يجب إكماله
       *[other] { " " }· ⚠️ { $missing } سؤال إجباري يجب إكماله
    }
qn-review-previous = ▶ الصفحة السابقة
qn-review-next = الصفحة التالية ◀
qn-review-line = { $number }. { $label }: { $answer }
qn-review-author = ✍️ أجاب { $author }
qn-review-footer = أرسل رقمًا لتعديل إجابته، أو /submit للتقديم.
qn-submit-missing = لا يمكن التقديم: { $count ->
        [one] سؤال إجباري واحد دون إجابة
        [two] سؤالان إجباريان دون إجابة
        [few] { $count } أسئلة إجبارية دون إجابة
        [many] { $count } سؤالًا إجباريًا دون إجابة
       *[other] { $count } سؤال إجباري دون إجابة
    } ({ $numbers }). أرسل رقمًا للإجابة عنه.
qn-submitted = قُدِّم الاستبيان باسم { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }. شكرًا! إليك النتائج.
qn-submitted-unscored = قُدِّم الاستبيان باسم { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }. شكرًا!
qn-submitted-report = قُدِّم التقرير « { $title } » باسم { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }. شكرًا! وثيقته: /report { $kind }؛ ويُملأ التقرير التالي على حدة، باستعمال /diagnostic.
qn-submitted-personal = سُجّلت إجاباتك وأُرسلت. شكرًا على مشاركتك!
qn-submitted-next = النتائج: /results · الخطة: /plan
qn-submit-race = قُدِّم هذا الاستبيان للتوّ من قِبَل { $name }، عضو الفريق.
qn-submit-race-unknown = قدّم عضو آخر من الفريق هذا الاستبيان للتو.
qn-submit-race-self = سبق تقديم هذا الاستبيان من حسابك: لن يُقدَّم مرة ثانية. الإجابات للاطلاع فقط؛ ويمكن للمنسق إعادة فتحه.
qn-stale-paused-confirm = الاستبيان متوقف مؤقتًا: لم يُقدَّم شيء. اكتب /submit لعرض الملخص من جديد وتأكيده، أو /diagnostic للاستئناف.
qn-stale-confirm = هذا الاختيار يخص رسالة سابقة: لم يُسجَّل شيء ولم يُقدَّم شيء. أجب عن الملخص المعروض أخيرًا.
qn-confirm-team = 📨 تقديم « { $title } » باسم { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }؟
qn-confirm-report = 📨 تقديم التقرير « { $title } » باسم { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }؟
qn-confirm-personal = 📨 إرسال إجاباتك عن « { $title } »؟
qn-confirm-counts = الإجابات: { $answered }/{ $total }{ $skipped ->
        [0] .
        [one] ؛ وبقي سؤال اختياري واحد دون إجابة.
        [two] ؛ وبقي سؤالان اختياريان دون إجابة.
        [few] ؛ وبقيت { $skipped } أسئلة اختيارية دون إجابة.
        [many] ؛ وبقي { $skipped } سؤالًا اختياريًا دون إجابة.
       *[other] ؛ وبقي { $skipped } سؤال اختياري دون إجابة.
    }
qn-confirm-final-team = بعد التقديم، تصبح الإجابات للقراءة فقط لكل أعضاء الفريق؛ ولا يستطيع إعادة فتح الاستبيان إلا منسّق.
qn-confirm-final-report = بعد التقديم، يصبح هذا التقرير للقراءة فقط لكل أعضاء الفريق (ولا يستطيع إعادة فتحه إلا منسّق)؛ ويُملأ التقرير التالي على حدة.
qn-confirm-final-personal = بعد الإرسال، تصبح إجاباتك للقراءة فقط؛ ولا يستطيع إعادة فتحها إلا منسّق.
qn-confirm-yes = ✅ تأكيد التقديم
qn-confirm-back = ↩️ الرجوع إلى المراجعة
qn-not-taken = ⚠️ { $kind ->
        [photo] لم تُسجَّل هذه الصورة كإجابة عن أي سؤال.
        [document] لم تُسجَّل هذه الوثيقة كإجابة عن أي سؤال.
       *[text] لم يُسجَّل « { $answer } » كإجابة عن أي سؤال.
    }
qn-confirm-cancelled = لم يُقدَّم شيء: الإجابات محفوظة ويمكن تعديلها. إليك المراجعة.
qn-confirm-changed = ⚠️ تغيّرت الإجابات منذ عرض هذا الملخص: لم يُقدَّم شيء. إليك الملخص المحدَّث؛ أكِّد من جديد إن كان كل شيء صحيحًا.
qn-confirm-number = لم يُقدَّم شيء: الرقم يفتح الإجابة لتعديلها، كما في المراجعة.
qn-left-not-submitted = ↩️ لم يُقدَّم
qn-read-only = هذا الاستبيان مقدَّم: الإجابات للاطلاع فقط. يمكن للمنسق إعادة فتحه.
qn-read-only-by = قدّم { $name } هذا الاستبيان: الإجابات للاطلاع فقط. يمكن للمنسق إعادة فتحه.
qn-not-saved = ⚠️ { $kind ->
        [photo] لم تُسجَّل صورتك.
        [document] لم تُسجَّل وثيقتك.
        [choice] لم يُسجَّل اختيارك.
       *[text] لم تُسجَّل إجابتك « { $answer } ».
    }
qn-submitted-by-line = قدّم { $name } هذا الاستبيان: الإجابات للاطلاع فقط.
qn-submitted-line = هذا الاستبيان مقدَّم: الإجابات للاطلاع فقط.
qn-not-saved-ask = للإجابة رغم ذلك، اطلب من المنسق إعادة فتح الاستبيان، ثم اكتب /diagnostic وأعد إرسال إجابتك.
qn-not-saved-reopen = للإجابة رغم ذلك، أعد فتحه بـ { $command }، ثم اكتب /diagnostic وأعد إرسال إجابتك.
qn-reopened = أُعيد فتح « { $title } » { TEAM_WORD($team) ->
        [equipe] لـ{ $team }
        [fariq] لـ{ $team }
       *[other] لفريق { $team }
    }: يمكن للأعضاء تعديل الإجابات.
qn-reopen-usage = الاستعمال: /reopen <الفريق> <رقم الاستبيان>، مثلًا /reopen demo 1.
qn-team-unknown = فريق غير معروف: « { $value } ».
qn-run-missing = ليس لهذا الفريق استبيان مقدَّم لإعادة فتحه.

qn-status-title = تقدّم « { $title } »: { $percent } % — الإجابات { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    }{ $skipped ->
        [0] {""}
        [one] ، واحد متجاوَز
        [two] ، اثنان متجاوَزان
       *[other] ، { $skipped } متجاوَزة
    }
qn-status-section = { $section }: { $answered }/{ $total }{ $skipped ->
        [0] {""}
        [one] ، واحد متجاوَز
        [two] ، اثنان متجاوَزان
       *[other] ، { $skipped } متجاوَزة
    }
qn-status-section-none = { $section }: لا ينطبق حسب الإجابات المقدّمة
qn-status-section-open = { $section }: عدد الأسئلة حسب المرفق من { $least } إلى { $most }
qn-status-extra = { $part } (اختياري): { $answered }/{ $total }
qn-status-left = بقي للإجابة:
qn-status-left-more = … { $count ->
        [one] وجزء آخر
        [two] وجزآن آخران
        [few] و{ $count } أجزاء أخرى
        [many] و{ $count } جزءًا آخر
       *[other] و{ $count } جزء آخر
    }
qn-status-finished = ✓ أجزاء مكتملة أو لا تنطبق: { $count }
qn-status-nothing-left = ✓ أُجيب عن كل الأجزاء.
qn-status-more = كل جزء بالتفصيل: /status تفاصيل
qn-status-authors = من أجاب:
qn-status-author = { $name }: { $count ->
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    }{ $extra ->
        [0] {""}
        [one] ، منها إجابة واحدة في الأجزاء الاختيارية
        [two] ، منها إجابتان في الأجزاء الاختيارية
        [few] ، منها { $extra } إجابات في الأجزاء الاختيارية
       *[other] ، منها { $extra } إجابة في الأجزاء الاختيارية
    }
qn-results-title = 📊 نتائج « { $title } » — { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }
qn-results-overall = المستوى العام: { $score }/100 — { $level }
qn-results-line = { $n }. { $label }: { $score } — { $levelLabel }
qn-results-not-assessed = { $n }. { $label }: لم يُقيَّم (لا توجد إجابة محتسبة)
qn-results-not-applicable = { $n }. { $label }: لا ينطبق على هذا المرفق
qn-results-strengths = 💪 نقاط القوة: { $names }
qn-results-strengths-none = 💪 نقاط القوة: لم يبلغ أيّ محور بعدُ مستوى «{ $level }».
qn-chart-title = النتائج حسب المحاور — { $title }
qn-chart-subtitle = { $team } · النتائج من 0 إلى 100
qn-chart-not-assessed = لم يُقيَّم
qn-chart-not-applicable = لا ينطبق على هذا المرفق: { $names }
qn-results-measures = 📏 القيم المقيسة (نقاط انطلاق الخطة):
qn-results-measured = 📏 { $count ->
        [0] لا توجد قيمة مقيسة
        [one] قيمة مقيسة واحدة (نقطة انطلاق الخطة)
        [two] قيمتان مقيستان (نقطتا انطلاق الخطة)
        [few] { $count } قيم مقيسة (نقاط انطلاق الخطة)
       *[other] { $count } قيمة مقيسة (نقاط انطلاق الخطة)
    }: /results القيم
qn-results-measures-none = لا يتضمن هذا الاستبيان أيّ مؤشر.
qn-results-measures-nothing = لا توجد أيّ قيمة مقيسة إلى حدّ الآن.
qn-results-measures-todo = ⏳ لم تُقَس بعد (تُقاس قبل مراجعة الخطة):
qn-results-measures-moot = ➖ لا تنطبق على هذا المرفق:
qn-results-measure = • { $label }: { $value }
qn-results-unmeasured = { $count ->
        [one] ⏳ مؤشر واحد لم يُقَس بعد: قيسوه قبل مراجعة الخطة.
        [two] ⏳ مؤشران لم يُقاسا بعد: قيسوهما قبل مراجعة الخطة.
        [few] ⏳ { $count } مؤشرات لم تُقَس بعد: قيسوها قبل مراجعة الخطة.
        [many] ⏳ { $count } مؤشرًا لم تُقَس بعد: قيسوها قبل مراجعة الخطة.
       *[other] ⏳ { $count } مؤشر لم تُقَس بعد: قيسوها قبل مراجعة الخطة.
    }
qn-results-weakest = محاور تُعزَّز أوّلًا:
qn-results-strengths-numbers = 💪 نقاط القوة: { $count ->
        [one] المحور
       *[other] المحاور
    } { $numbers }
qn-results-measured-short = 📏 { $measured ->
        [one] قيمة مقيسة واحدة
       *[other] القيم المقيسة: { $measured }
    }{ $unmeasured ->
        [0] {""}
       *[other] ، وتُقاس: { $unmeasured }
    } ← /results القيم
qn-results-next = ➡️ الخطة التي تعالجها: /plan
qn-results-all = كل التفاصيل: /results تفاصيل
qn-results-more = محور بالتفصيل: من /results 1 إلى /results { $max } · الخطة: /plan
qn-results-dimension-none = لم يُقيَّم هذا المحور: لم تتلقَّ أيّ من أسئلته المحتسبة إجابة (تم تجاوزها، أو «غير مقيس»، أو لا تنطبق على هذا المرفق).
qn-results-dimension-not-applicable = لا ينطبق أيّ سؤال من هذا المحور على هذا المرفق: لا يدخل في المستوى العام.
qn-results-dimension-score = { $score }/100 — { $levelLabel } ({ $answered ->
        [one] سؤال واحد
        [two] سؤالان
        [few] { $answered } أسئلة
        [many] { $answered } سؤالًا
       *[other] { $answered } سؤال
    })
qn-results-dimension-strengths = ما تُظهره الإجابات من نقاط متينة:
qn-results-dimension-weak = هذا من المحاور الثلاثة الأضعف: تقترح الخطة (/plan) إجراءات موجَّهة حسب الإجابات.
qn-results-dimension-weak-relative = محور متين، لكنه من المحاور الثلاثة الأقلّ تقدّمًا لدى الفريق: تقترح الخطة (/plan) إجراءات لمزيد التقدّم فيه.
qn-results-no-dimension = لا يوجد محور بهذا الرقم (من 1 إلى { $max }).
qn-results-none = لا توجد نتائج بعد: الاستبيان غير مقدَّم. /diagnostic لبدئه أو مواصلته، ثم /submit.
qn-results-plan = { $count ->
        [0] لم تتغيّر خطة التحسين: كل ما تستدعيه الإجابات موجود فيها.
        [one] أُضيف إجراء واحد إلى خطة التحسين.
        [two] أُضيف إجراءان إلى خطة التحسين: إجراءاتكم أولًا، ثم ما يعالج نقاط الضعف المرصودة.
        [few] أُضيفت { $count } إجراءات إلى خطة التحسين: إجراءاتكم أولًا، ثم ما يعالج نقاط الضعف المرصودة.
        [many] أُضيف { $count } إجراءً إلى خطة التحسين: إجراءاتكم أولًا، ثم ما يعالج نقاط الضعف المرصودة.
       *[other] أُضيف { $count } إجراء إلى خطة التحسين: إجراءاتكم أولًا، ثم ما يعالج نقاط الضعف المرصودة.
    }{ $toName ->
        [0] { "" }
        [one] { " " }إجراء واحد ينتظر اسم من يقوده: /plan لعرضه.
        [two] { " " }إجراءان ينتظران اسم من يقودهما: /plan لعرضهما.
        [few] { " " }{ $toName } إجراءات تنتظر اسم من يقودها: /plan لعرضها.
        [many] { " " }{ $toName } إجراءً تنتظر اسم من يقودها: /plan لعرضها.
       *[other] { " " }{ $toName } إجراء تنتظر اسم من يقودها: /plan لعرضها.
    }

plan-title = 📋 خطة التحسين — { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    } ({ $count ->
        [one] إجراء واحد
        [two] إجراءان
        [few] { $count } إجراءات
        [many] { $count } إجراءً
       *[other] { $count } إجراء
    })
plan-line = { $n }. { $icon } { $title } — 👤 { $owner } — 📅 { $due }
plan-hint = { $max ->
        [one] التفاصيل: /plan 1
       *[other] إجراء بالتفصيل: من /plan 1 إلى /plan { $max }
    }
plan-hint-owner = تسمية من يقوده: /plan edit <n> مسؤول <الاسم>
plan-summary-due = 📅 الأجل { $date }:
plan-summary-late = ⚠️ فات الأجل { $date }:
plan-summary-undated = 📅 دون أجل:
plan-summary-line = { $n }. { $icon } { $title }
plan-summary-unnamed = 👤 يُسمّى من يقود { $count ->
        [one] الإجراء { $numbers }
       *[other] الإجراءات { $numbers }
    } ← /plan edit { $n } مسؤول <الاسم>
plan-summary-more = … { $count ->
        [one] وإجراء آخر
        [two] وإجراءان آخران
        [few] و{ $count } إجراءات أخرى
        [many] و{ $count } إجراءً آخر
       *[other] و{ $count } إجراء آخر
    }: /plan تفاصيل
plan-summary-done = ✅ { $count ->
        [one] أُنجز الإجراء { $numbers }
       *[other] أُنجزت الإجراءات { $numbers }
    }
plan-hint-full = الخطة كاملة مع من يقود كل إجراء: /plan تفاصيل
plan-legend-quick_win = ⚡ سريع
plan-legend-structural = 🏗 يُدرج في الميزانية
plan-owner-role = { $owner } (يُحدَّد الاسم)
plan-owner-missing = يُسمّى من يقوده
plan-kind-quick_win = ⚡ إجراء سريع: خلال 30 يومًا ودون ميزانية.
plan-kind-structural = 🏗 إجراء هيكلي: يُدرج في الميزانية القادمة.
plan-detail-title = الإجراء { $n }: { $title }
plan-detail-owner = 👤 من يقوده: { $owner }
plan-detail-due = 📅 الأجل: { $due }
plan-detail-indicator = 📏 المؤشر: { $indicator }
plan-detail-baseline = نقطة الانطلاق: { $baseline } ← الهدف: { $target }
plan-detail-target = 🎯 الهدف: { $target }
plan-detail-priority = الأولوية: { $priority }
plan-done = { $due } ✅ أُنجز
plan-detail-done = ✅ أُنجز: أُشِّر عليه في /deadlines.
plan-detail-done-marked = ✅ أُنجز: سُجّل بـ /plan done.
plan-kind-invalid = نوع غير معروف: « { $value } »، لم يتغيّر شيء. اختر سريع أو هيكلي، مثلًا /plan edit { $n } نوع سريع.
plan-due-past = ⚠️ { $said ->
        [date] يوم { $date } قد مضى.
       *[words] « { $value } » يوافق يوم { $date }، وهو يوم قد مضى.
    } لم يتغيّر شيء في الإجراء { $n }.
    اكتب أجلًا قادمًا، مثلًا { $step ->
        [asked] { $example }
       *[typed] /plan edit { $n } الأجل { $example }
    }{ $next ->
        [none] .
       *[other] ، أو « { $next } » للسنة القادمة.
    }
plan-due-recomputed = 📅 أجل جديد محسوب لهذا النوع: { $date }.
plan-due-kept-quick_win = ⚠️ أُبقي على الأجل: { $date } حدّده الفريق، لكنه يتجاوز 30 يومًا، وهذا لا يناسب إجراءً سريعًا. لتغييره: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-due-kept-structural = ⚠️ أُبقي على الأجل: { $date } حدّده الفريق، لكنه يحلّ خلال 30 يومًا، وهذا أقرب إلى إجراء سريع منه إلى إجراء هيكلي (الميزانية القادمة). لتغييره: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-empty = خطة تحسين الفريق فارغة. تُقترح آليًا عند تقديم التشخيص، ويمكنك أيضًا إضافة إجراء: /plan add <العنوان>.
plan-none = يُحدَّد لاحقًا
plan-not-measured = غير مقيس
plan-priority-high = عالية
plan-priority-medium = متوسطة
plan-priority-low = منخفضة
plan-usage =
    تعديل الخطة:
    /plan add <العنوان> — إضافة إجراء
    /plan edit <n> مسؤول <الاسم>
    /plan edit <n> أجل <15/01/2027> (أو « آخر جانفي »، « بداية مارس »، « منتصف فيفري »)
    /plan edit <n> مؤشر <نص>
    /plan edit <n> هدف <نص> (مثلًا « 15 دقيقة انتظار على الأكثر »)
    /plan edit <n> أولوية عالية|متوسطة|منخفضة
    /plan edit <n> عنوان <نص>
    /plan edit <n> نوع سريع|هيكلي
    /plan remove <n> — حذف إجراء
    /plan done <n> — تسجيل إجراء أُنجز، للفريق كلّه
    /plan undo <n> — إعادة فتح إجراء سُجّل منجزًا خطأً
plan-done-ok = ✅ سُجّل: الإجراء { $n } « { $title } » أُنجز، للفريق كلّه.
plan-done-ok-dated = ✅ سُجّل: الإجراء { $n } « { $title } » أُنجز، للفريق كلّه.
    أُشِّر على أجله في /deadlines: لا مزيد من التذكيرات بشأنه.
plan-done-already = ✅ الإجراء { $n } أُنجز من قبل (مؤشَّر عليه في /deadlines).
plan-done-already-marked = ✅ الإجراء { $n } أُنجز من قبل (سجّله { $name }).
plan-done-usage = لتسجيل إجراء منجز: /plan done <رقم> (من 1 إلى { $max })، مثلًا /plan done 1.
plan-done-undo-hint = { $count ->
        [one] خطأ؟ لإعادة فتحه: /plan undo { $n }
        [two] خطأ؟ لإعادة فتحهما: /plan undo { $n }
       *[other] خطأ؟ لإعادة فتحها: /plan undo { $n }
    }
plan-undo-usage = لإعادة فتح إجراء سُجّل منجزًا: /plan undo <رقم> (من 1 إلى { $max })، مثلًا /plan undo 1.
plan-undo-not-done = الإجراء { $n } غير منجز: لم يتغيّر شيء.
plan-undo-ok = ↩️ أُعيد فتح الإجراء { $n } « { $title } »، للفريق كلّه.
plan-undo-by = كان قد سجّله منجزًا { $name }.
plan-undo-by-deadlines = كان قد أُشِّر عليه في /deadlines.
plan-undo-dated = عاد أجله إلى /deadlines، في انتظار الإنجاز.
plan-added = أُضيف الإجراء { $n } إلى الخطة.
plan-add-missing = { $typed ->
        [yes] « { $value } » ليس عنوان إجراء: لم يُضَف شيء.
       *[no] عنوان الإجراء ناقص: لم يُضَف شيء.
    } اكتب الإجراء بالحروف، مثلًا /plan add تعليق أوقات العمل عند الاستقبال.
plan-add-twice = الإجراء { $n } يحمل هذا العنوان من قبل: لم يُضَف شيء. لعرضه: /plan { $n }
plan-remove-usage = لحذف إجراء: /plan remove <رقم> (من 1 إلى { $max })، مثلًا /plan remove { $max }. يُطلب منك تأكيد الحذف.
plan-verb-unknown = « { $value } » ليس أمرًا من أوامر الخطة: لم يتغيّر شيء. الخطة: /plan
plan-updated = عُدِّل الإجراء { $n }.
plan-unchanged = الإجراء { $n }: لم يتغيّر شيء، هذه هي القيمة المسجّلة من قبل.
plan-was = سابقًا: { $was }
plan-updated-now = الإجراء كما يُقرأ الآن:
plan-due-typed-quick_win = ⚠️ الأجل { $date } يتجاوز 30 يومًا: وهو طويل بالنسبة إلى إجراء سريع. إن كان يتطلّب ميزانية أو إعادة تنظيم: /plan edit { $n } النوع هيكلي.
plan-due-typed-structural = ⚠️ الأجل { $date } يحلّ خلال 30 يومًا: وهو قصير بالنسبة إلى إجراء هيكلي (الميزانية القادمة). إن أمكن إنجازه قبل ذلك: /plan edit { $n } النوع سريع.
plan-due-set = 📅 الأجل: { $date }.
plan-target-set = 🎯 الهدف: { $target }.
plan-owner-set = 👤 من يقوده: { $owner }.
plan-due-cleared = 📅 الأجل: يُحدَّد لاحقًا (لا تذكير بعد الآن بهذا الإجراء).
plan-target-cleared = 🎯 حُذف الهدف.
plan-priority-set = الأولوية: { $priority }.
plan-title-set = العنوان: « { $title } ».
plan-indicator-set = 📏 المؤشر: { $indicator }.
plan-due-read-end = « { $value } »: آخر يوم في الشهر. ليوم آخر: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-due-read-start = « { $value } »: اليوم الأول من الشهر. ليوم آخر: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-due-read-middle = « { $value } »: يوم 15 من الشهر. ليوم آخر: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-due-read-near = « { $value } »: محسوبًا من اليوم. ليوم آخر: /plan edit { $n } الأجل <يوم/شهر/سنة>.
plan-removed = حُذف الإجراء { $n } من الخطة: « { $title } ».
plan-remove-confirm = هل تحذف الإجراء { $n } من الخطة: « { $title } »؟ سيختفي لدى كل الفريق، مع المسؤول عنه وأجله وهدفه.
plan-remove-yes = نعم، احذفه
plan-remove-no = لا، أبقِه
plan-remove-kept = لم يُحذف شيء: الإجراء { $n } باقٍ في الخطة (« { $title } »).
plan-remove-gone = هذا الإجراء لم يعد في الخطة (حُذف في الأثناء): لم يُحذف شيء آخر. اكتب /plan لعرضها.
plan-remove-stale = لم يعد هذا التأكيد آخر ما طُلب: لم يُحذف شيء. اكتب /plan لعرض الخطة.
plan-remove-confirm-several = { $count ->
    [two] هل تحذف هذين الإجراءين من الخطة؟ سيختفيان لدى كل الفريق، مع المسؤول عن كل منهما وأجله وهدفه.
   *[other] هل تحذف هذه الإجراءات من الخطة ({ $count })؟ ستختفي لدى كل الفريق، مع المسؤول عن كل منها وأجله وهدفه.
}
plan-remove-line = • الإجراء { $n }: « { $title } »
plan-remove-yes-several = { $count ->
    [two] نعم، احذفهما
   *[other] نعم، احذفها
}
plan-remove-no-several = { $count ->
    [two] لا، أبقِهما
   *[other] لا، أبقِها
}
plan-remove-some-gone = { $count ->
    [one] إجراء آخر لم يعد في الخطة من قبل (حُذف في الأثناء).
    [two] إجراءان آخران لم يعودا في الخطة من قبل (حُذفا في الأثناء).
    [few] { $count } إجراءات أخرى لم تعد في الخطة من قبل (حُذفت في الأثناء).
    [many] { $count } إجراءً آخر لم يعد في الخطة من قبل (حُذف في الأثناء).
   *[other] { $count } إجراء آخر لم يعد في الخطة من قبل (حُذف في الأثناء).
}
plan-edit-pick = ✏️ تعديل الإجراء { $n }: « { $title } »
plan-edit-which = ماذا تريد أن تغيّر؟
plan-edit-field-title = العنوان
plan-edit-field-owner = المسؤول
plan-edit-field-dueDate = الأجل
plan-edit-field-indicator = المؤشر
plan-edit-field-target = الهدف
plan-edit-cancel = إلغاء
plan-edit-ask = { $field ->
        [title] العنوان الجديد للإجراء { $n }؟
        [owner] من يقود الإجراء { $n }؟ اكتب اسمه أو وظيفته.
        [dueDate] الأجل الجديد للإجراء { $n }؟ مثلًا « يوم 20 »، « آخر الشهر »، « نهاية جوان » أو 15/01/2027.
        [indicator] المؤشر الجديد للإجراء { $n }؟ مثلًا: متوسط مدة الانتظار.
       *[target] الهدف الجديد للإجراء { $n }؟ مثلًا: 15 دقيقة انتظار على الأكثر.
    }
plan-edit-current = حاليًا: { $value }
plan-edit-cancelled = لم يتغيّر شيء: الإجراء { $n } باقٍ كما هو.
plan-edit-left = ✖️ لم يتغيّر شيء
plan-edit-gone = هذا الإجراء لم يعد في الخطة (حُذف في الأثناء): لم يُعدَّل شيء. اكتب /plan لعرضها.
plan-edit-date-invalid = « { $value } » ليس تاريخًا مفهومًا: لم يتغيّر شيء.
plan-as-is = الإجراء باقٍ كما هو:
plan-edit-nontext = لم يتغيّر شيء في الإجراء { $n }: { $step ->
        [list] اختر من القائمة أدناه ما تريد تعديله.
        [title] اكتب عنوانه الجديد في رسالة.
        [owner] اكتب في رسالة اسم من يقوده أو وظيفته.
        [dueDate] اكتب أجله الجديد في رسالة، مثلًا « آخر جانفي ».
        [indicator] اكتب مؤشّره الجديد في رسالة.
       *[target] اكتب هدفه الجديد في رسالة.
    }
plan-edit-not-listed = « { $value } » ليس في القائمة: لم يتغيّر شيء في الإجراء { $n }. اختر من القائمة أدناه ما تريد تعديله.
plan-number-words-unread = « { $value } »: لم يتغيّر شيء. لتعديل الإجراء { $n }: /plan edit { $n } مسؤول <الاسم> (أو أجل، هدف، أولوية، عنوان…).
plan-not-found = لا يوجد إجراء رقم « { $value } » (من 1 إلى { $max }): لم يتغيّر شيء. اكتب /plan لترى الإجراءات وأرقامها.
plan-field-unknown = حقل غير معروف: « { $value } »، لم يتغيّر شيء. الحقول الممكنة: مسؤول، أجل، مؤشر، هدف، أولوية، عنوان، نوع؛ مثلًا /plan edit { $n } مسؤول السيدة بن علي.
plan-priority-invalid = أولوية غير معروفة: « { $value } »، لم يتغيّر شيء. اختر عالية أو متوسطة أو منخفضة، مثلًا /plan edit { $n } أولوية عالية.
plan-date-invalid = تاريخ غير مفهوم: « { $value } ». اكتبه هكذا 15/01/2027 أو « آخر جانفي » (أو « لا شيء » لحذفه).
plan-value-missing = { $field ->
        [owner] القيمة الجديدة ناقصة. مثال: /plan edit { $n } مسؤول السيدة بن علي
        [dueDate] القيمة الجديدة ناقصة. مثال: /plan edit { $n } أجل 15/01/2027
        [indicator] القيمة الجديدة ناقصة. مثال: /plan edit { $n } مؤشر متوسط مدة الانتظار
        [target] القيمة الجديدة ناقصة. مثال: /plan edit { $n } هدف 15 دقيقة انتظار على الأكثر
        [priority] القيمة الجديدة ناقصة. مثال: /plan edit { $n } أولوية عالية
        [title] القيمة الجديدة ناقصة. مثال: /plan edit { $n } عنوان تعليق أوقات العمل
       *[kind] القيمة الجديدة ناقصة. مثال: /plan edit { $n } نوع سريع
    }
qn-status-submitted = ✅ قُدِّم يوم { $date }: هذه الإجابات نهائية (يمكن للمنسق إعادة فتحه). النتائج: /results، والتقرير: /report.
qn-status-submitted-report = ✅ قُدِّم يوم { $date }: هذا التقرير نهائي (يمكن للمنسق إعادة فتحه). وثيقته: /report { $kind }؛ ويُملأ التقرير التالي على حدة، باستعمال /diagnostic.
qn-status-submitted-unscored = ✅ قُدِّم يوم { $date }: هذه الإجابات نهائية (يمكن للمنسق إعادة فتحه).
