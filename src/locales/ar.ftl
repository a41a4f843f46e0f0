# جودة — الفهرس العربي. كل مفتاح موجود أيضًا في fr.ftl (تتحقق منه الاختبارات).

## عام
brand = جودة
error-apology = عذرًا، حدث خلل من جهتنا. لم نتمكن من معالجة رسالتك الأخيرة، وكل ما سُجّل من قبل محفوظ. أعد المحاولة بعد لحظات.
message-too-long = رسالتك طويلة جدًّا: { $max ->
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر. لم تُسجَّل: اختصرها ثم أعد إرسالها (إن أرسلتها على عدّة رسائل، تُقرأ كل رسالة كإجابة مستقلّة).
unknown-command = لا أعرف الأمر { $command }. اكتب /help لترى ما يمكنني القيام به.
fallback-text = لم أفهم « { $text } ». اكتب /help لترى ما يمكنني القيام به.
nontext-what = { $kind ->
        [voice] لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية.
        [video] لا يمكنني مشاهدة مقاطع الفيديو.
        [animation] لا يمكنني قراءة صور GIF ولا الرسوم المتحركة.
        [sticker] لا يمكنني قراءة الملصقات.
        [location] لا يمكنني قراءة موقع مُشارَك.
        [contact] لا يمكنني قراءة بطاقة جهة اتصال.
        [call] لا يمكنني الرد على المكالمات.
       *[other] لا يمكنني قراءة هذا النوع من الرسائل.
    }
nontext-help = أقرأ الرسائل المكتوبة والصور والوثائق: اكتب /help لترى ما يمكنني القيام به.
number-without-list = لا توجد قائمة تنتظر رقمًا: لم يُسجَّل « { $text } ». اكتب /diagnostic لاستئناف استبيان، أو /help.
greeting-reply = أهلًا { $name }! اكتب /help لترى ما يمكنني القيام به، أو اكتب لي سؤالًا حول الوحدة.
thanks-reply = العفو يا { $name }! أنا هنا: اكتب لي سؤالًا حول الوحدة، أو اكتب /help.
ack-reply = 👍 أنا هنا عند الحاجة: اكتب لي سؤالًا حول الوحدة، أو اكتب /help.
bye-reply = إلى اللقاء يا { $name }، وعملًا موفّقًا! كل ما سُجّل محفوظ: ستواصل من حيث توقفت.
intent-command = لهذا الغرض، اكتب الأمر:
    { $line }
not-allowed = هذا الأمر مخصص للمنسقين.
not-enrolled = هذا الأمر مخصص لأعضاء الفرق. اطلب رمز دعوة من المنسق ثم أرسل /join متبوعًا بالرمز.
stale-choice = قائمة الخيارات هذه لم تعد صالحة ولم يُسجَّل شيء. أجب عن آخر سؤال معروض.

## /start
start-welcome =
    مرحبًا { $name }! أنا جودة (Jawda)، مساعد جودة الخدمات البلدية.
    أرافقك خلال وحدة « التصرف في جودة الخدمات البلدية وتحسينها »: التشخيص الميداني، الأسئلة المنهجية، والآجال.
    اكتب /help لترى ما يمكنك القيام به، أو /lang لتغيير اللغة.
start-team = أنت عضو في { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    } ({ $commune }).
start-team-commune = أنت عضو في فريق { $commune }.
start-no-team = لست عضوًا في أي فريق بعد: اطلب رمز دعوة من منسّقك، ثم أرسل /join متبوعًا بالرمز.
start-coordinator-title = أنت منسّق؛ إليك ما يمكنك القيام به:
start-coordinator-teams = • الفرق: /team add لإنشاء فريق بلدية، /invite لإعطاء أعضائه رمز دعوة، /teams و /people لعرضهم
start-coordinator-broadcast = • الرسائل: /broadcast للكتابة إلى الجميع أو إلى فريق أو دفعة أو إلى المتأخرين؛ /broadcasts لمتابعة الإرسال
start-coordinator-progress = • المتابعة: /progress لعرض تقدّم الفرق، /guide لإعداد الدليل العملي (DOCX)
start-coordinator-deadlines = • الآجال: /deadline لإنشاء أجل مع تذكيراته، /calendar import لتحميل الرزنامة
start-coordinator-questions = • الأسئلة: /questions لعرض الأسئلة التي بقيت دون جواب أو قُيّمت سلبًا
start-coordinator-footer = اكتب /help منسق لعرض كل أوامرك وخياراتها.

## /help
help-title = ما يمكنك القيام به:
help-coordinator-title = بصفتك منسقًا:
help-coordinator-more = أوامرك بصفتك منسقًا وخياراتها: /help منسق
cmd-start = /start — التعريف بجودة
cmd-help = /help — هذه المساعدة
cmd-lang = /lang fr|ar — اختيار اللغة
help-own-words = يمكنك أيضًا كتابة الأوامر بالعربية:
help-footer = يمكنك أيضًا أن تكتب لي سؤالًا بالعربية أو بالفرنسية.

## /lang
lang-prompt = اختر لغتك:
lang-name-fr = Français
lang-name-ar = العربية
lang-changed = تم: سأجيبك من الآن فصاعدًا بالعربية.
lang-invalid = لغة غير معروفة: « { $value } ». اختر ar (العربية) أو fr (الفرنسية)، مثلًا /lang fr.

## متفرقات
roles-coordinator = منسق
roles-participant = مشارك
# تحت تذكير يصل أثناء سؤال باختيارات: كلماته تجيب عنه، والأرقام تبقى للسؤال.
aside-numbers = ℹ️ للرد على هذا التذكير، اكتب إحدى الكلمات الموضوعة بين « » أعلاه. أمّا الرقم (1، 2…) فيبقى جوابًا عن السؤال المفتوح قبله.
side-list-first = ℹ️ اختر أوّلًا من هذه القائمة، ثمّ تعود إلى حيث توقّفت.
# The console operator when CONSOLE_OPERATOR_NAME names no one.
person-local-operator = المشغّل المحلي
person-not-registered = (لم يسجّل بعد) { $address }
person-not-registered-yet = (لم يسجّل بعد)
console-greeting =
    جودة — واجهة الطرفية المحلية. أنت { $name }، منسق الفريق التجريبي.
    اكتب /start للبدء، و /help لقائمة الأوامر، و /diagnostic لاستبيان، أو اطرح سؤالًا (مثلًا: «ما هي دورة PDCA؟»).
    /lang fr : en français. اضغط Ctrl+D للخروج.
