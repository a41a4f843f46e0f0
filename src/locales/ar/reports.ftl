# متابعة الفرق والتصدير.

cmd-progress = /progress — تقدم الفرق (التشخيص، الآجال، التأخير)
cmd-export = /export progress — التقدم في ملف CSV (جدول)

progress-title = تقدم الفرق:
progress-team = ◀ { $slug } — { $commune } (عدد الأعضاء: { $members })
progress-no-run = الاستبيان: لم يبدأ بعد
progress-run = • { $questionnaire }: { $status } — { $answered }/{ $total } سؤالًا ({ $percent } %)
progress-run-skipped = ، تم تخطي { $skipped }
progress-run-unknown = • { $questionnaire }: { $status }، عدد الإجابات { $answers }
progress-personal = • { $questionnaire } (فردي): قدّمه { $submitted }/{ $members } من الأعضاء ({ $percent } %)
progress-status-new = لم يبدأ
progress-status-open = جارٍ
progress-status-submitted = مُقدَّم
progress-deadlines = الآجال: تم { $done }، متأخر { $late }، قادم { $open }
progress-late-people = المتأخرون: { $names }
progress-export-hint = ملف الجدول: /export progress
export-usage = الاستعمال: /export progress — تقدم الفرق في ملف CSV.
export-caption = تقدم { $teams } من الفرق، بصيغة CSV.
