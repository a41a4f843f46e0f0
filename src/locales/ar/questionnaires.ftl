# استبيانات التشخيص

cmd-diagnostic = /diagnostic — تعمير استبيان تشخيص مع فريقك
cmd-status = /status — تقدّم الاستبيان الجاري
cmd-plan = /plan — خطة تحسين الفريق (عرض، إضافة، تعديل، حذف)
cmd-results = /results — النتائج ومستويات النضج للاستبيان المقدَّم
cmd-reopen = /reopen <الفريق> <رقم> — إعادة فتح استبيان مقدَّم

qn-list-title = استبيانات فريقك ({ $team }):
qn-list-item = { $title } — { $status }
qn-list-status-new = لم يبدأ بعد
qn-list-status-open = جارٍ: { $answered }/{ $total } إجابة
qn-list-status-submitted = قُدِّم بتاريخ { $date }
qn-list-pick = اختر استبيانًا:
qn-no-team = يجب أن تكون عضوًا في فريق (بلدية) لتعمير التشخيص. اطلب رمز دعوة من المنسق.
qn-unknown = استبيان غير معروف: « { $value } ». اكتب /diagnostic لعرض القائمة.
qn-started = لنبدأ: « { $title } » لفريق { $team }. حوالي { $minutes } دقيقة، { $total } سؤالًا. تُحفظ إجاباتك أولًا بأول: يمكنك كتابة /pause في أي وقت والعودة لاحقًا.
qn-resumed = تستأنف « { $title } » من حيث توقفت: القسم { $section }، السؤال { $number } ({ $answered }/{ $total } إجابة للفريق).
qn-resumed-review = تستأنف « { $title } »: كل الأسئلة لها إجابة، وهذه المراجعة.
qn-already-submitted = قُدِّم « { $title } » بتاريخ { $date }. الإجابات للاطلاع فقط، ويمكن للمنسق إعادة فتح الاستبيان. انظر /results و /plan.
qn-position = القسم { $section }/{ $sections } · السؤال { $number }/{ $total }
qn-progress = { $bar } { $percent } %
qn-optional = (اختياري: /skip للتجاوز)
qn-current-answer = الإجابة الحالية: { $answer } — من { $author }. أرسل إجابة أخرى لتعويضها، أو /skip للإبقاء عليها.
qn-footer = ? مساعدة · /back رجوع · /pause توقف · /status التقدم
qn-hint-number = أجب برقم{ $range }.
qn-hint-number-range = { " " }بين { $min } و { $max }
qn-hint-number-min = { " " }لا يقل عن { $min }
qn-hint-number-max = { " " }لا يزيد عن { $max }
qn-hint-unit = { " " }({ $unit })
qn-hint-date = أجب بتاريخ، مثلًا 15/12/2026.
qn-hint-text = إجابة حرة ({ $max } حرفًا على الأكثر).
qn-hint-photo = أرسل صورة كدليل، أو /skip للتجاوز.
qn-hint-multiple = يمكن اختيار عدة إجابات: أرسل الأرقام مفصولة بفواصل، مثلًا 1,3.
qn-hint-choice = أجب برقم الاختيار أو بنصّه.
qn-yes = نعم
qn-no = لا
qn-photo-value = 📷 صورة
qn-skipped = (متجاوَز)
qn-missing = ⚠️ يجب إكماله

qn-invalid-choice = لم أتعرف على هذا الاختيار. أجب برقم من 1 إلى { $max } أو بنص الاختيار.
qn-invalid-multiple = لم أتعرف على هذه الاختيارات. أرسل رقمًا أو أكثر من 1 إلى { $max } مفصولة بفواصل (مثلًا 1,3).
qn-invalid-yesno = أجب بنعم أو لا (أو 1 / 2).
qn-invalid-scale = أجب بعدد صحيح من { $min } إلى { $max }.
qn-invalid-number = هذا ليس رقمًا. اكتب مثلًا 12 أو 3,5.
qn-invalid-integer = المطلوب عدد صحيح (دون فاصل عشري).
qn-number-min = يجب ألا يقل الرقم عن { $min }.
qn-number-max = يجب ألا يزيد الرقم عن { $max }.
qn-text-empty = الإجابة فارغة. اكتب إجابتك، أو /skip إذا كان السؤال اختياريًا.
qn-text-too-long = الإجابة طويلة جدًا ({ $length } حرفًا، والحد { $max }). اختصرها.
qn-invalid-date = تاريخ غير مفهوم. اكتبه هكذا 15/12/2026 أو 2026-12-15.
qn-photo-expected = هذا السؤال ينتظر صورة. أرسلها، أو /skip للتجاوز.
qn-photo-unexpected = هذا السؤال لا ينتظر صورة؛ أجب بنص.
qn-no-answer-needed = هذه المعلومة لا تتطلب إجابة.
qn-constraint-failed = هذه الإجابة غير مقبولة لهذا السؤال.
qn-skip-required = هذا السؤال إجباري ولا يمكن تجاوزه.
qn-back-first = أنت في السؤال الأول.
qn-jump-invalid = لا يوجد سؤال بهذا الرقم في المراجعة (من 1 إلى { $max }).
qn-review-hint = أرسل رقم سؤال لتعديل إجابته، أو /submit للتقديم.
qn-error-prefix = ⚠️ { $message }
qn-help-none = لا توجد مساعدة خاصة بهذا السؤال.
qn-help-title = مساعدة:
qn-help-related = للتعمق أكثر:
qn-paused = الاستبيان متوقف مؤقتًا. إجاباتك محفوظة؛ اكتب /diagnostic للاستئناف.
qn-not-active = لا يوجد استبيان مفتوح. اكتب /diagnostic لبدء استبيان أو استئنافه.
qn-stale = هذا الزر يخص سؤالًا سابقًا: لم يُسجَّل شيء. أجب عن آخر سؤال معروض.

qn-review-title = مراجعة « { $title } » — { $answered }/{ $total } إجابة
qn-review-line = { $number }. { $label }: { $answer }
qn-review-author = { " " }— { $author }
qn-review-footer = أرسل رقمًا لتعديل إجابة، أو /back للعودة إلى آخر سؤال، أو /submit لتقديم الاستبيان باسم الفريق.
qn-submit-missing = لا يمكن التقديم: { $count } سؤال إجباري دون إجابة: { $numbers }. أرسل رقمًا للإجابة عنه.
qn-submitted = قُدِّم الاستبيان باسم فريق { $team }. شكرًا! إليك النتائج.
qn-submitted-unscored = قُدِّم الاستبيان باسم فريق { $team }. شكرًا!
qn-submitted-personal = سُجّلت إجاباتك وأُرسلت. شكرًا على مشاركتك!
qn-submit-race = قدّم عضو آخر من الفريق هذا الاستبيان للتو.
qn-read-only = هذا الاستبيان مقدَّم: الإجابات للاطلاع فقط. يمكن للمنسق إعادة فتحه.
qn-reopened = أُعيد فتح « { $title } » لفريق { $team }: يمكن للأعضاء تعديل الإجابات.
qn-reopen-usage = الاستعمال: /reopen <الفريق> <رقم الاستبيان>، مثلًا /reopen demo 1.
qn-team-unknown = فريق غير معروف: « { $value } ».
qn-run-missing = ليس لهذا الفريق استبيان مقدَّم لإعادة فتحه.

qn-status-title = تقدّم « { $title } »: { $answered }/{ $total } ({ $percent } %)
qn-status-section = { $section }: { $answered }/{ $total }
qn-status-authors = من أجاب:
qn-status-author = { $name }: { $count } إجابة

qn-results-title = نتائج « { $title } » — فريق { $team }
qn-results-line = { $label }: { $score }/100 — المستوى { $level } ({ $levelLabel })
qn-results-not-assessed = { $label }: غير مُقيَّم
qn-results-strengths = نقاط القوة:
qn-results-weakest = الأبعاد الثلاثة الأضعف ورافعاتها:
qn-results-lever = ← { $action } (المؤشر: { $indicator })
qn-results-none = لا توجد نتائج بعد: الاستبيان غير مقدَّم.
qn-results-plan = أُعدّ مشروع خطة تحسين ({ $count } إجراءات). اكتب /plan لعرضه وتعديله.

plan-title = خطة التحسين — فريق { $team } ({ $count } إجراءات)
plan-empty = خطة تحسين الفريق فارغة. تُقترح آليًا عند تقديم التشخيص، ويمكنك أيضًا إضافة إجراء: /plan add <العنوان>.
plan-item = { $n }. [{ $priority }] { $title }
plan-item-details = { "   " }المسؤول: { $owner } · الأجل: { $due } · المؤشر: { $indicator }
plan-none = يُحدَّد لاحقًا
plan-priority-high = عالية
plan-priority-medium = متوسطة
plan-priority-low = منخفضة
plan-usage =
    تعديل الخطة:
    /plan add <العنوان> — إضافة إجراء
    /plan edit <n> مسؤول <الاسم>
    /plan edit <n> أجل <15/01/2027>
    /plan edit <n> مؤشر <نص>
    /plan edit <n> أولوية عالية|متوسطة|منخفضة
    /plan edit <n> عنوان <نص>
    /plan remove <n> — حذف إجراء
plan-added = أُضيف الإجراء { $n } إلى الخطة.
plan-updated = عُدِّل الإجراء { $n }.
plan-removed = حُذف الإجراء { $n } من الخطة: « { $title } ».
plan-not-found = لا يوجد إجراء رقم « { $value } » (من 1 إلى { $max }).
plan-field-unknown = حقل غير معروف: « { $value } ». الحقول الممكنة: مسؤول، أجل، مؤشر، أولوية، عنوان.
plan-priority-invalid = أولوية غير معروفة: « { $value } ». اختر عالية أو متوسطة أو منخفضة.
plan-date-invalid = تاريخ غير مفهوم: « { $value } ». اكتبه هكذا 15/01/2027 (أو « لا شيء » لحذفه).
plan-value-missing = القيمة الجديدة ناقصة. مثال: /plan edit 2 مسؤول السيدة بن علي
