# الفرق، الدعوات، التسجيل، المنسقون.

cmd-team =
    /team add <رمز> <البلدية> — إنشاء فريق بلدية
    /team add <رمز> <البلدية> | <الاسم بالعربية> — مع اسم البلدية بالعربية
    /team arabe <رمز> <الاسم بالعربية> — إضافة هذا الاسم أو تغييره
    /team arabe <رمز> - لحذفه
    /team nom <رمز> <الاسم> | <الاسم بالعربية> — تسمية الفريق باسم آخر
    /team nom <رمز> - ليعود إلى اسم بلديته
cmd-teams = /teams — قائمة الفرق
cmd-invite = /invite <فريق> [14d] [30x] — رمز دعوة (المدة وعدد الاستعمالات)
cmd-join = /join <رمز> — الانضمام إلى فريق برمز دعوة
cmd-promote = /promote [telegram:id | اسم | فريق] — تعيين منسق (مع التأكيد)
cmd-demote = /demote [اسم] — سحب دور المنسق (مع التأكيد)
cmd-people = /people [فريق] — قائمة الأشخاص المسجلين

team-usage = لإنشاء فريق: /team add <رمز> <البلدية> | <الاسم بالعربية>، مثلًا /team add sfax Sfax | صفاقس. يُستعمل الرمز (حروف لاتينية صغيرة وأرقام و«-») بعد ذلك في /invite. الاسم بالعربية، بعد « | »، اختياري: تستعمله الرسائل والوثائق بالعربية بدل الاسم بالفرنسية. ويمكن إضافته أو تغييره لاحقًا بـ /team arabe <رمز> <الاسم بالعربية>، وحذفه بـ /team arabe <رمز> -. يحمل الفريق اسم بلديته، ولتسميته باسم آخر: /team nom <رمز> <الاسم بالفرنسية> | <الاسم بالعربية>.
team-slug-invalid = رمز الفريق « { $slug } » غير صالح: من 2 إلى 31 حرفًا من a-z و0-9 و«-».
team-exists = الفريق « { $slug } » موجود من قبل. انظر /teams.
team-added = تم إنشاء الفريق « { $slug } » لـ{ $commune }. ادعُ أعضاءه بـ /invite { $slug }. أضف اسم البلدية بالعربية بـ /team arabe { $slug } <الاسم بالعربية>.
team-added-both = تم إنشاء الفريق « { $slug } » لبلدية { $communeAr } ({ $commune } بالفرنسية). ادعُ أعضاءه بـ /invite { $slug }.
team-french-missing = « { $name } » هو الاسم بالعربية: اكتب أيضًا اسم البلدية بالفرنسية، قبل « | ». مثلًا: /team add { $slug } <الاسم بالفرنسية> | { $name }. لم يُنشأ أي فريق.
team-arabic-usage = لإضافة اسم بلدية فريق بالعربية أو تغييره: /team arabe <رمز> <الاسم بالعربية>، مثلًا /team arabe beja باجة. ولحذفه: /team arabe <رمز> -، مثلًا /team arabe beja -
team-arabic-empty = اسم البلدية بالعربية فارغ: لم يتغيّر شيء. اكتبه بحروف عربية، مثلًا /team arabe beja باجة. ولحذف اسم بالعربية اكتب شرطة: /team arabe beja -
team-arabic-invalid = « { $name } » ليس اسمًا مكتوبًا بالعربية: لم يتغيّر شيء. اكتبه بحروف عربية دون حروف لاتينية، مثلًا /team arabe beja باجة.
team-arabic-set = اسم بلدية الفريق « { $slug } » بالعربية: { $communeAr } ({ $commune } بالفرنسية). تستعمله الرسائل والوثائق بالعربية من الآن.
team-arabic-cleared = حُذف اسم بلدية الفريق « { $slug } » بالعربية (كان { $before }). تستعمل الرسائل والوثائق بالعربية من الآن الاسم بالفرنسية: { $commune }. لإضافة اسم آخر: /team arabe { $slug } <الاسم بالعربية>.
team-arabic-none = ليس لبلدية الفريق « { $slug } » ({ $commune }) اسم بالعربية: لا شيء يُحذف. لإضافته: /team arabe { $slug } <الاسم بالعربية>.
team-name-usage = لتسمية فريق باسم غير اسم بلديته: /team nom <رمز> <الاسم بالفرنسية> | <الاسم بالعربية>، مثلًا /team nom nord Équipe pilote du Nord | فريق الشمال. الاسم بالعربية، بعد « | »، اختياري: تستعمله الرسائل والوثائق بالعربية بدل الاسم بالفرنسية. وليعود الفريق إلى اسم بلديته: /team nom <رمز> -
team-name-french-missing = « { $name } » هو الاسم بالعربية: اكتب أيضًا اسم الفريق بالفرنسية، قبل « | ». مثلًا: /team nom { $slug } <الاسم بالفرنسية> | { $name }. لم يتغيّر شيء.
team-name-too-long = اسم الفريق هذا طويل جدًا: { $max ->
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر. لم يتغيّر شيء.
team-name-arabic-empty = اسم الفريق بالعربية فارغ: لم يتغيّر شيء. اكتبه بحروف عربية بعد « | »، مثلًا /team nom { $slug } Équipe pilote du Nord | فريق الشمال.
team-name-arabic-invalid = « { $name } » ليس اسمًا مكتوبًا بالعربية: لم يتغيّر شيء. اكتبه بحروف عربية دون حروف لاتينية، مثلًا /team nom { $slug } Équipe pilote du Nord | فريق الشمال.
team-name-set-both = أصبح اسم الفريق « { $slug } »: { $nameAr } ({ $name } بالفرنسية). تستعمل الرسائل والوثائق بالعربية اسمه بالعربية.
team-name-set = أصبح اسم الفريق « { $slug } »: { $name }. تستعمل الرسائل والوثائق بالعربية هذا الاسم بالفرنسية ما دمت لم تضف اسمه بالعربية: /team nom { $slug } { $name } | <الاسم بالعربية>.
team-name-commune = يحمل الفريق « { $slug } » اسم بلديته: { $commune }.
teams-empty = لا يوجد أي فريق حاليًا. أنشئ فريقًا بـ /team add <رمز> <البلدية>.
teams-title = الفرق:
teams-communes = { $communeAr } / { $commune }
teams-names = { $nameAr } / { $name }
teams-named = { $team } (البلدية: { $commune })
teams-name-hint = لإضافة اسم فريق بالعربية: /team nom <رمز> <الاسم بالفرنسية> | <الاسم بالعربية>.
teams-arabic-hint = لإضافة اسم بلدية بالعربية: /team arabe <رمز> <الاسم بالعربية>.
teams-line = • { $slug } — { $commune } (عدد الأعضاء: { $members })

invite-usage = الاستعمال: /invite <فريق> [14d] [30x] [coordinator] — مثلًا /invite sfax 7d 5x (صالح 7 أيام، 5 استعمالات).
invite-unknown-team = لا أعرف الفريق « { $slug } ». انظر /teams.
invite-days-too-long = « { $word } »: تصلح الدعوة { $max ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $max } أيام
        [many] { $max } يومًا
       *[other] { $max } يوم
    } على الأكثر. مثلًا /invite { $slug } 30d، ثم رمز جديد عند الحاجة.
invite-days-bad = « { $word } » ليست مدة: تُكتب المدة عدد أيام متبوعًا بـ d، من 1 إلى { $max }، مثلًا 7d لأسبوع أو 30d لشهر. وبلا مدة تصلح الدعوة { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
invite-uses-bad = « { $word } » ليس عدد استعمالات: يُكتب العدد متبوعًا بـ x، وأقله 1، مثلًا 5x لخمسة أشخاص. وبلا عدد، عدد الاستعمالات { $uses }.
invite-created =
    رمز الدعوة { TEAM_WORD($team) ->
        [equipe] لـ{ $team }
        [fariq] لـ{ $team }
       *[other] لفريق { $team }
    }: { $code }
    صالح إلى غاية { $expires }، عدد الاستعمالات: { $uses }، الدور: { $role }.
    يرسل الشخص المدعو: /join { $code }
invite-link = رابط تيليغرام المباشر: { $link }

join-usage = أرسل /join متبوعًا برمز الدعوة الذي تلقيته من المنسق، مثلًا /join ABCD2345.
join-unknown = رمز الدعوة هذا غير موجود. تحقق منه (لا نستعمل أبدًا الحرفين O وI) أو اطلب رمزًا جديدًا من المنسق.
join-expired = انتهت صلاحية رمز الدعوة هذا. اطلب رمزًا جديدًا من المنسق.
join-exhausted = استُعمل رمز الدعوة هذا العدد المسموح به من المرات. اطلب رمزًا جديدًا من المنسق.
join-revoked = أُلغي رمز الدعوة هذا. اطلب رمزًا جديدًا من المنسق.
join-already = أنت عضو من قبل في { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    } ({ $commune }).
join-ok = مرحبًا بك في { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    } ({ $commune })! اكتب /help لترى ما يمكنك القيام به، و /deadlines لآجالك.
join-ok-commune = مرحبًا بك في فريق { $commune }! اكتب /help لترى ما يمكنك القيام به، و /deadlines لآجالك.

code-throttled-person = رموز خاطئة كثيرة: حفاظًا على الأمان، انتظر { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } قبل تجربة رمز آخر (حتى الصحيح). تحقّق من الرمز لدى من أعطاك إياه.
code-throttled-overall = جُرّبت رموز خاطئة كثيرة في الدقائق الأخيرة: حفاظًا على الأمان، عُلّقت الرموز لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } للجميع. أعد المحاولة بعد ذلك.
promote-pick = من تريد تعيينه منسقًا؟ (أشخاص مسجّلون في فريق، مع حساباتهم)
promote-confirm = تعيين منسق: { $who }؟ يستطيع المنسق إرسال الدعوات والبث إلى الجميع وتغيير الأدوار.
promote-none = لا يوجد شخص مسجّل في فريق يطابق « { $query } ». انظر /people، أو أعطِ العنوان الدقيق: telegram:<id> أو whatsapp:<رقم>.
promote-already = { $name } منسق من قبل.
promote-done = أصبح { $name } منسقًا.
demote-pick = ممن تريد سحب دور المنسق؟
demote-confirm = سحب دور المنسق من: { $who }؟
demote-none = لا يوجد منسق يطابق « { $query } ».
demote-not = { $name } ليس منسقًا.
demote-last = هذا آخر منسق: عيّن منسقًا آخر أولًا.
demote-done = لم يعد { $name } منسقًا. (إن كان مذكورًا في COORDINATORS فسيعود منسقًا عند التشغيل القادم.)
role-confirm-yes = نعم، أؤكد
role-confirm-no = لا، ألغِ
role-cancelled = أُلغي: لم يتغيّر أي دور.
role-narrow = { $count ->
        [one] يطابق شخص واحد
        [two] يطابق شخصان
        [few] يطابق { $count } أشخاص
        [many] يطابق { $count } شخصًا
       *[other] يطابق { $count } شخص
    }: حدّد اسمًا أو فريقًا، مثلًا { $command } sfax.

people-empty = لم يسجَّل أي شخص بعد.
people-team-empty = لم يسجَّل أي شخص بعد في الفريق « { $slug } ». ادعُ أعضاءه بـ /invite { $slug }.
people-title = الأشخاص المسجلون ({ $count }):
people-line = • { $name } — { $roles } — الفرق: { $teams } — { $channels }
