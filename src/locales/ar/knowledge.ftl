# قاعدة المعارف: أسئلة منهجية، مصادر، تقييم 👍/👎

cmd-ask = /ask <سؤال> — طرح سؤال حول محتوى الوحدة (كايزن، الشكاوى، المؤشرات…)
cmd-questions = /questions — الأسئلة التي بقيت دون إجابة أو التي قُيّمت سلبيًا
kb-ask-usage = اكتب سؤالك بعد /ask، مثلًا: /ask ما هو الكايزن؟
kb-passage-heading = 📖 { $title } › { $section }
kb-passage-title = 📖 { $title }
kb-sources = المصادر: { $titles }
kb-not-covered = لم أجد الإجابة عن هذا السؤال في محتوى الوحدة، ولا أريد أن أخترع إجابة. سيُحال سؤالك إلى المنسقين.
kb-related =
    مواضيع قريبة في الوحدة:
    { $topics }
kb-suggest = جرّب مثلًا: /ask كايزن، /ask شكاوى المواطنين، /ask مؤشرات SMART.
kb-rate-prompt = هل أفادتك هذه الإجابة؟
kb-rate-up = 👍 مفيدة
kb-rate-down = 👎 غير مفيدة
kb-rated-up = شكرًا على تقييمك!
kb-rated-down = شكرًا: أُبلغ المنسقون بالسؤال لتحسين المحتوى.
kb-questions-none = لا توجد أسئلة دون إجابة أو مُقيّمة سلبيًا خلال الأيام { $days } الأخيرة.
kb-questions-unanswered = دون إجابة خلال الأيام { $days } الأخيرة ({ $count }):
kb-questions-disliked = إجابات قُيّمت 👎 خلال الأيام { $days } الأخيرة ({ $count }):
kb-questions-item = • { $date } [{ $locale }] { $question } — المصادر: { $sources }
