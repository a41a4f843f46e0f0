# وحدات القيم التي تطلبها الاستبيانات (`unit: minute` في ملف الاستبيان).
# As Arabic counts: one is the singular followed by « واحد » (« يوم واحد »), two the dual alone,
# which already says two (« يومان », never « 2 يومان »); 3 to 10 take the plural, 11 to 99 the
# singular in the accusative, and 0, 100 and more (and decimals) the singular, all with the digits.

unit-minute = { $value ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $value } دقائق
        [many] { $value } دقيقة
       *[other] { $value } دقيقة
    }
    .name = دقيقة

unit-day = { $value ->
        [one] يوم واحد
        [two] يومان
        [few] { $value } أيام
        [many] { $value } يومًا
       *[other] { $value } يوم
    }
    .name = يوم

unit-agent = { $value ->
        [one] عون واحد
        [two] عونان
        [few] { $value } أعوان
        [many] { $value } عونًا
       *[other] { $value } عون
    }
    .name = عون

unit-inhabitant = { $value ->
        [one] ساكن واحد
        [two] ساكنان
        [few] { $value } سكان
        [many] { $value } ساكنًا
       *[other] { $value } ساكن
    }
    .name = ساكن

unit-dinar = { $value ->
        [one] دينار واحد
        [two] ديناران
        [few] { $value } دنانير
        [many] { $value } دينارًا
       *[other] { $value } دينار
    }
    .name = دينار

unit-dinar-per-tonne = { $value ->
        [one] دينار واحد للطن
        [two] ديناران للطن
        [few] { $value } دنانير للطن
        [many] { $value } دينارًا للطن
       *[other] { $value } دينار للطن
    }
    .name = دينار للطن

unit-pending-deed = { $value ->
        [one] رسم واحد في الانتظار
        [two] رسمان في الانتظار
        [few] { $value } رسوم في الانتظار
        [many] { $value } رسمًا في الانتظار
       *[other] { $value } رسم في الانتظار
    }
    .name = رسم في الانتظار

unit-black-spot = { $value ->
        [one] نقطة سوداء واحدة
        [two] نقطتان سوداوان
        [few] { $value } نقاط سوداء
        [many] { $value } نقطة سوداء
       *[other] { $value } نقطة سوداء
    }
    .name = نقطة سوداء

unit-session-per-month = { $value ->
        [one] جلسة واحدة في الشهر
        [two] جلستان في الشهر
        [few] { $value } جلسات في الشهر
        [many] { $value } جلسة في الشهر
       *[other] { $value } جلسة في الشهر
    }
    .name = جلسة في الشهر

unit-complaint-per-1000-users = { $value ->
        [one] شكوى واحدة لكل 1000 منتفع
        [two] شكويان لكل 1000 منتفع
        [few] { $value } شكاوى لكل 1000 منتفع
        [many] { $value } شكوى لكل 1000 منتفع
       *[other] { $value } شكوى لكل 1000 منتفع
    }
    .name = شكوى لكل 1000 منتفع

unit-indicator = { $value ->
        [one] مؤشر واحد
        [two] مؤشران
        [few] { $value } مؤشرات
        [many] { $value } مؤشرًا
       *[other] { $value } مؤشر
    }
    .name = مؤشر

unit-kwh-per-point-year = { $value } كيلوواط ساعة للنقطة في السنة
    .name = كيلوواط ساعة للنقطة في السنة

unit-m2-per-inhabitant = { $value } م² للساكن
    .name = م² للساكن

unit-percent = { $value } %
    .name = %

unit-percent-of-households = { $value } % من الأسر
    .name = % من الأسر

unit-percent-of-sample = { $value } % من العيّنة
    .name = % من العيّنة

unit-percent-of-own-resources = { $value } % من الموارد الذاتية
    .name = % من الموارد الذاتية

unit-percent-of-spaces-visited = { $value } % من المساحات المزارة
    .name = % من المساحات المزارة

unit-percent-satisfied = { $value } % من الراضين
    .name = % من الراضين
