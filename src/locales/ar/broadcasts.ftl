# رسائل المنسقين الجماعية.

cmd-broadcast = /broadcast — كتابة رسالة إلى مجموعة (مع معاينة قبل الإرسال)
cmd-broadcasts = /broadcasts — الرسائل الجماعية: المرسلة، الفاشلة، المنتظرة

broadcast-header = 📢 رسالة من التنسيق:
broadcast-ask-fr = اكتب الرسالة بالفرنسية (أو « - » للكتابة بالعربية فقط). /cancel للتراجع.
broadcast-ask-ar = اكتب الآن النسخة العربية (أو « - » للاكتفاء بالفرنسية). /cancel للتراجع.
broadcast-empty = الرسالة فارغة. اكتب الرسالة بالفرنسية (أو « - » للكتابة بالعربية فقط).
broadcast-ask-ar-first = اكتب الرسالة بالعربية (أو « - » للكتابة بالفرنسية فقط). /cancel للتراجع.
broadcast-ask-fr-second = اكتب الآن النسخة الفرنسية (أو « - » للاكتفاء بالعربية). /cancel للتراجع.
broadcast-empty-ar-first = الرسالة فارغة. اكتب الرسالة بالعربية (أو « - » للكتابة بالفرنسية فقط).
broadcast-no-words = « { $text } » لا يحتوي على أي كلمة: ليس رسالة تُبَثّ، ولم يُحفَظ شيء.
broadcast-nontext = { $step ->
        [preview] لم يُرسَل شيء: لا يُبَثّ إلا نصّ مكتوب.
       *[writing] لم يُحفَظ شيء: لا يُبَثّ إلا نصّ مكتوب.
    }
broadcast-doubt-ar = هذا النص المقدَّم كنسخة عربية لا يحتوي على أي حرف عربي: « { $text } ». هل تحتفظ به كما هو نسخةً عربية؟
broadcast-doubt-fr = هذا النص المقدَّم كنسخة فرنسية مكتوب في معظمه بحروف عربية: « { $text } ». هل تحتفظ به كما هو نسخةً فرنسية؟
broadcast-doubt-keep = الاحتفاظ به كما هو
broadcast-doubt-retype = كتابته من جديد
broadcast-pending = رسالة جماعية ما زالت تنتظر تأكيدك:
broadcast-number-pending = لا توجد قائمة تنتظر رقمًا، فلم يُرسَل شيء بكتابة « { $text } ».
    رسالة جماعية تنتظر تأكيدك: اكتب /broadcasts لمراجعتها، ثم إرسالها أو إلغائها.
broadcast-cancelled = تم التراجع عن الرسالة الجماعية؛ لم يُرسل شيء.
broadcast-left-cancelled = ✖️ أُلغيت الرسالة الجماعية
broadcast-stale-cancelled = أُلغيت هذه الرسالة الجماعية: لم يُرسل شيء. اكتب /broadcast لكتابة رسالة أخرى.
broadcast-stale-sent = سبق إرسال هذه الرسالة الجماعية (أُكِّد إرسالها يوم { $when }): لم يُعَد إرسال شيء. تابعها بـ /broadcasts.
broadcast-replaces = { $count ->
        [one] هذه المسودة تحلّ محلّ السابقة التي كانت تنتظر تأكيدك: لن تُرسل تلك.
        [two] هذه المسودة تحلّ محلّ المسودتين السابقتين اللتين كانتا تنتظران تأكيدك: لن تُرسلا.
        [few] هذه المسودة تحلّ محلّ { $count } مسودات سابقة كانت تنتظر تأكيدك: لن تُرسل.
        [many] هذه المسودة تحلّ محلّ { $count } مسودة سابقة كانت تنتظر تأكيدك: لن تُرسل.
       *[other] هذه المسودة تحلّ محلّ { $count } مسودة سابقة كانت تنتظر تأكيدك: لن تُرسل.
    }
broadcast-left-replaced = ↪️ استُبدلت المسودة
broadcast-stale-replaced = استُبدلت هذه المسودة: لم يُرسل شيء. المسودة الحالية، « { $text } »، تنتظر تأكيدك: /broadcasts لمراجعتها.
broadcast-stale-replaced-none = استُبدلت هذه المسودة: لم يُرسل شيء. تابع رسائلك الجماعية بـ /broadcasts.
broadcast-ask-audience = إلى من تُرسل؟
broadcast-audience-everyone = الجميع
broadcast-audience-team = فريق
broadcast-audience-cohort = دفعة
broadcast-audience-role-participant = المشاركون
broadcast-audience-role-coordinator = المنسقون
broadcast-audience-late = المتأخرون عن أجل
broadcast-ask-team = أي فريق؟
broadcast-ask-team-page = أي فريق؟ (الصفحة { $page } من { $pages })
broadcast-teams-previous = 🔼 الفرق السابقة
broadcast-teams-next = 🔽 الفرق التالية
broadcast-team-typed-hint = أو اكتب رقم الفريق أو اسمه أو رمزه.
broadcast-team-unknown = لا يوجد فريق « { $text } ». اختره من القائمة، أو اكتب اسمه أو رمزه.
broadcast-team-no-number = لا يوجد فريق رقم { $number }: { $total ->
        [one] لا يوجد إلا فريق واحد، رقمه 1.
       *[other] أرقام الفرق من 1 إلى { $total }.
    } اختر واحدًا من القائمة، أو اكتب رقمه أو اسمه أو رمزه.
broadcast-team-several = عدة فرق تحمل اسم « { $text } »: { $teams }. اكتب رمز أحدها.
broadcast-ask-deadline = المتأخرون عن أي أجل؟
broadcast-ask-cohort = أي دفعة؟
broadcast-ask-cohort-page = أي دفعة؟ (الصفحة { $page } من { $pages })
broadcast-cohort-choice = { $name } — { $teams ->
        [zero] بلا فريق
        [one] فريق واحد
        [two] فريقان
        [few] { $teams } فرق
        [many] { $teams } فريقًا
       *[other] { $teams } فريق
    }
broadcast-cohorts-previous = 🔼 دفعات أحدث
broadcast-cohorts-next = 🔽 دفعات أقدم
broadcast-no-cohort = لا توجد أي دفعة بعد. نصّك محفوظ: اختر جمهورًا آخر.
broadcast-no-team = لا يوجد أي فريق بعد. نصّك محفوظ: اختر جمهورًا آخر.
broadcast-no-late = لم يحن أي أجل بعد: لا أحد متأخر. نصّك محفوظ: اختر جمهورًا آخر.
broadcast-nobody-other = لن يتلقى أحد هذه الرسالة: هذا الجمهور فارغ. نصّك محفوظ: اختر جمهورًا آخر.
broadcast-nobody-but-you = لن يتلقى هذه الرسالة أحد غيرك (لا تصلك رسائلك الجماعية). نصّك محفوظ: اختر جمهورًا آخر.
broadcast-preview-title = معاينة الرسالة (يتلقاها كل واحد بلغته، وإلا فباللغة الأخرى):
broadcast-preview-count = عدد المرسل إليهم ({ $audience }): { $total ->
        [zero] { $total }.
        [one] { $total } (يمكن مراسلته الآن: { $reachable }).
        [two] { $total } (يمكن مراسلة { $reachable } منهما الآن).
       *[other] { $total } (يمكن مراسلة { $reachable } منهم الآن).
    }
broadcast-preview-everyone = الجميع: { $total ->
        [one] شخص واحد
        [two] شخصان
        [few] { $total } أشخاص
        [many] { $total } شخصًا
       *[other] { $total } شخص
    } — المشاركون: { $participants }، والمنسقون الآخرون: { $coordinators } (يمكن مراسلة { $reachable } منهم الآن).
broadcast-preview-not-you = لن تصلك أنت: تراها هنا.
broadcast-preview-cohort = الدفعة « { $name } »: { $total ->
        [zero] لن يتلقاها أحد.
        [one] سيتلقاها شخص واحد (يمكن مراسلته الآن: { $reachable }).
        [two] سيتلقاها شخصان (يمكن مراسلة { $reachable } منهما الآن).
        [few] سيتلقاها { $total } أشخاص (يمكن مراسلة { $reachable } منهم الآن).
        [many] سيتلقاها { $total } شخصًا (يمكن مراسلة { $reachable } منهم الآن).
       *[other] سيتلقاها { $total } شخص (يمكن مراسلة { $reachable } منهم الآن).
    }
broadcast-preview-team = { TEAM_WORD($team) ->
        [equipe] { $team }
        [fariq] { $team }
       *[other] فريق { $team }
    }: { $total ->
        [zero] لن يتلقاها أحد.
        [one] سيتلقاها شخص واحد (يمكن مراسلته الآن: { $reachable }).
        [two] سيتلقاها شخصان (يمكن مراسلة { $reachable } منهما الآن).
        [few] سيتلقاها { $total } أشخاص (يمكن مراسلة { $reachable } منهم الآن).
        [many] سيتلقاها { $total } شخصًا (يمكن مراسلة { $reachable } منهم الآن).
       *[other] سيتلقاها { $total } شخص (يمكن مراسلة { $reachable } منهم الآن).
    }
broadcast-preview-unreachable = { $count ->
        [one] ⚠️ لن يتلقاها: { $names }، فهو لم يراسل البوت بعد (أو حظره). اطلب منه أن يرسل إليه /start.
        [two] ⚠️ لن يتلقاها: { $names }، فهما لم يراسلا البوت بعد (أو حظراه). اطلب منهما أن يرسلا إليه /start.
       *[other] ⚠️ لن يتلقاها: { $names }، فهم لم يراسلوا البوت بعد (أو حظروه). اطلب منهم أن يرسلوا إليه /start.
    }
broadcast-names-more = { $names } و{ $more ->
        [one] شخص آخر
        [two] شخصان آخران
        [few] { $more } أشخاص آخرين
        [many] { $more } شخصًا آخر
       *[other] { $more } شخص آخر
    }
broadcast-preview-quiet = ساعات الراحة: سينطلق الإرسال يوم { $when }، إلا إذا كان الإرسال عاجلًا.
broadcast-confirm = ✅ إرسال
broadcast-confirm-urgent = ⚡ إرسال فوري (عاجل)
broadcast-cancel = ✖️ إلغاء
broadcast-answered-send = تم تأكيد الإرسال
broadcast-answered-urgent = تم تأكيد الإرسال العاجل
broadcast-queued = تم تأكيد الرسالة { $count ->
        [one] لشخص واحد
        [two] لشخصين
        [few] لـ{ $count } أشخاص
        [many] لـ{ $count } شخصًا
       *[other] لـ{ $count } شخص
    }، ويبدأ الإرسال يوم { $when }. تابعها بـ /broadcasts.
broadcast-preview-nobody = لا أحد سيتلقى هذه الرسالة: اختر جمهورًا آخر بـ /broadcast.

broadcasts-empty = لم تُرسل أي رسالة جماعية بعد.
broadcasts-title = آخر الرسائل الجماعية:
broadcast-audience-of-cohort = دفعة « { $name } »
broadcast-audience-of-late = المتأخرون عن « { $title } »
broadcasts-line = • { $when } — { $audience }: « { $text } » — { $figures }
broadcasts-separator = {"، "}
broadcasts-sent = { $count ->
        [one] أُرسلت رسالة واحدة
        [two] أُرسلت رسالتان
        [few] أُرسلت { $count } رسائل
       *[other] أُرسلت { $count } رسالة
    }
broadcasts-pending = { $count ->
        [one] رسالة واحدة في الانتظار
        [two] رسالتان في الانتظار
        [few] { $count } رسائل في الانتظار
       *[other] { $count } رسالة في الانتظار
    }
broadcasts-waiting = { $count ->
        [one] رسالة واحدة في الانتظار
        [two] رسالتان في الانتظار
        [few] { $count } رسائل في الانتظار
       *[other] { $count } رسالة في الانتظار
    }: قناة { $channel ->
        [telegram] تيليغرام
        [whatsapp] واتساب
       *[console] وحدة التحكم
    } غير متصلة
broadcasts-failed = { $count ->
        [one] فشلت رسالة واحدة
        [two] فشلت رسالتان
        [few] فشلت { $count } رسائل
       *[other] فشلت { $count } رسالة
    }
broadcasts-skipped = { $count ->
        [one] رسالة واحدة لا داعي لها
        [two] رسالتان لا داعي لهما
        [few] { $count } رسائل لا داعي لها
       *[other] { $count } رسالة لا داعي لها
    }
broadcasts-unknown = { $count ->
        [one] رسالة واحدة مصيرها مجهول
        [two] رسالتان مصيرهما مجهول
        [few] { $count } رسائل مصيرها مجهول
       *[other] { $count } رسالة مصيرها مجهول
    }
broadcasts-replaced = استُبدلت بمسودة أحدث، ولم تُرسل
broadcasts-nobody = بلا مستلمين
broadcasts-unknown-note = مصير مجهول: انقطع الإرسال بسبب توقّف؛ ربما وصلت الرسالة، ولن يُعاد إرسالها.
broadcasts-waiting-note = قناة غير متصلة: لا يرسل البوت عبر هذه القناة حاليًا؛ تبقى هذه الرسائل في الانتظار وتُرسل فور إعادة ربط القناة.
broadcasts-with-names = { $figure } ({ $names })
broadcasts-failed-note = فشل: لم يستطع البوت مراسلتهم (في الغالب لم يراسلوه قطّ أو حظروه)؛ لن يُعاد إرسال الرسالة إليهم: تواصل معهم بطريقة أخرى.
