# أخطاء المحرك: ما تكتبه واجهة سطر الأوامر بعد «خطأ:» وما يعرضه التطبيق.

## قاعدة البيانات

err-db-busy = قاعدة البيانات قيد الاستخدام من برنامج آخر وبقيت مشغولة 10 ثوانٍ؛ لم يتغير شيء: حاول مجددًا عندما ينتهي
err-db-full = القرص ممتلئ: لم يُحفظ شيء وقاعدة البيانات سليمة؛ حرّر بعض المساحة وحاول مجددًا
err-db-read-only = لا يمكن الكتابة في ملف قاعدة البيانات (ملف أو نظام ملفات للقراءة فقط): لم يُحفظ شيء؛ تحقق من أذوناته
err-db-cannot-open = لا يمكن فتح ملف قاعدة البيانات: { $detail }
err-db-damaged = ملف قاعدة البيانات تالف أو لا يخص Bulletin: { $detail }
err-db-other = خطأ في قاعدة البيانات: { $detail }
err-migration = فشل ترحيل قاعدة البيانات: { $detail }
err-open = لا يمكن فتح قاعدة البيانات { $path }: { $detail }
err-io = خطأ في الإدخال/الإخراج: { $detail }

## المطلوب غير موجود

err-feed-not-found = لا توجد خلاصة بالمعرّف { $id }
err-article-not-found = لا توجد مقالة بالمعرّف { $id }
err-category-not-found = لا توجد فئة باسم «{ $name }»
err-filter-not-found = لا يوجد مرشّح بالمعرّف { $id }
err-account-not-found = لا يوجد حساب بالمعرّف { $id }
err-view-not-found = لا يوجد عرض باسم «{ $name }»

## الاشتراك

err-invalid-url = عنوان URL غير صالح «{ $url }»: { $reason }
err-feed-exists = أنت مشترك بالفعل في { $url }
err-no-feed-found = لم يُعثر على خلاصة في { $url } (إنها صفحة ويب بلا روابط خلاصات)
err-opml = ملف OPML غير صالح: { $detail }
err-added-fetch-failed = أُضيفت، لكن جلبها فشل: { $reason }
err-fever-subscribe = لا يستطيع Fever الاشتراك في الخلاصات: اشترك على الخادم نفسه؛ ستجلب المزامنة التالية الخلاصة إلى هنا
err-fever-subscribe-queued = لا يستطيع Fever الاشتراك في الخلاصات: اشترك على الخادم
err-fever-structure = لا يستطيع Fever تغيير الخلاصات أو الفئات: غيّرها على الخادم
err-outbox-gave-up = تم التخلي بعد { $tries } من المحاولات: { $reason }
err-outbox-not-kept = أجاب الخادم بالقبول { $tries } مرات لكنه لم يحفظ هذا التغيير

## قيم مرفوضة

err-quiet-hours-format = يجب أن تكون ساعات الهدوء بالشكل 22:00-07:00، لا «{ $value }»
err-quiet-hours-same = يجب أن تبدأ ساعات الهدوء وتنتهي في وقتين مختلفين
err-rule-mode = قاعدة الإشعارات إما off أو breaking أو all، لا «{ $value }»
err-notification-reason = سبب إشعار غير معروف «{ $value }»
err-filter-empty = يحتاج المرشّح إلى كلمات أو عبارة أو تعبير نمطي
err-filter-too-long = نمط المرشّح محدود بـ { $max } حرفًا
err-filter-regex = ليس تعبيرًا نمطيًا صالحًا: { $reason }
err-category-name = تحتاج الفئة إلى اسم
err-feed-interval = فاصل الخلاصة من 1 إلى 10080 دقيقة (أسبوع)
err-account-exists = يوجد بالفعل حساب { $kind } للمستخدم { $user } على { $url }
err-view-name = يحتاج العرض إلى اسم
err-view-query = يحتاج العرض إلى كلمات للبحث عنها
err-view-exists = يوجد بالفعل عرض باسم «{ $name }»
err-bad-day = يوم غير صالح { $day }
err-day-no-midnight = اليوم { $day } ليس له منتصف ليل محلي
err-bad-month = المتوقع شهر بالشكل YYYY-MM، لا «{ $value }»
err-setting-number = يجب أن يكون { $key } عددًا صحيحًا من { $lo } إلى { $hi }، لا «{ $value }»
err-setting-retention = يجب أن يكون retention_days عدد أيام من 1 إلى 3650، أو أبدًا (0)، لا «{ $value }»
err-setting-theme = يجب أن يكون theme إما system أو light أو dark، لا «{ $value }»
err-setting-boolean = يجب أن يكون { $key } إما true أو false
err-setting-seconds = يجب أن يكون { $key } بثواني يونكس، لا «{ $value }»
err-setting-keywords = الكلمات المفتاحية محدودة بـ 4096 حرفًا
err-setting-language = يجب أن يكون language إما system أو واحدًا من { $languages }، لا «{ $value }»
err-setting-unknown = إعداد غير معروف «{ $key }»
err-setting-not-number = الإعداد { $key } ليس رقمًا: «{ $value }»

## المقالات الكاملة وحسابات الخوادم

err-page-unreadable = تعذّرت قراءة الصفحة: { $reason }
err-page-no-article = لم يُعثر على مقالة في الصفحة: { $reason }
err-page-broke-reader = أعطبت الصفحة قارئ المقالات ({ $reason })
err-extraction-failed = فشل الاستخراج: { $reason }
err-article-no-link = ليس للمقالة رابط
err-story-matching = فشل تجميع الأخبار
err-server-items = فشل تحويل عناصر الخادم: { $reason }
err-password-keep = لا يمكن حفظ كلمة المرور: { $reason }
err-password-remove = لا يمكن إزالة كلمة المرور: { $reason }

## جلب خلاصة

err-fetch-connect = تعذّر الاتصال: { $detail }
err-fetch-timeout = انتهت المهلة
err-fetch-network = خطأ في الشبكة: { $detail }
err-fetch-status = HTTP { $status }
err-fetch-gone = لم تعد الخلاصة موجودة (HTTP 410)؛ لن تُجلب مرة أخرى
err-fetch-retry-later = طلب الخادم الانتظار (HTTP { $status }) حتى { $until }
err-fetch-redirects = عمليات إعادة توجيه كثيرة جدًا (أكثر من { $max })
err-fetch-bad-redirect = إعادة توجيه خاطئة: { $detail }
err-fetch-too-large = الاستجابة أكبر من { $max } بايت
err-fetch-html = ليست خلاصة: أرسل الخادم صفحة ويب
err-fetch-parse = تعذّر تحليل الخلاصة: { $detail }
err-fetch-undecodable = تعذّر تحليل الخلاصة: بايتاتها ليست نصًا (لا { $encoding } ولا أي ترميز يمكننا اكتشافه)
err-fetch-invalid-url = عنوان URL للخلاصة غير صالح: { $detail }

## خادم خلاصات

err-account-auth = رفض الخادم تسجيل الدخول: تحقق من اسم المستخدم وكلمة مرور واجهة البرمجة
err-account-retry-later = طلب الخادم الانتظار حتى { $until }
err-account-status = HTTP { $status } من الخادم ({ $what })
err-account-protocol = ردّ الخادم على { $what } لا يطابق ما يقوله البروتوكول: { $reason }
err-account-credentials = لا توجد كلمة مرور لهذا الحساب: { $reason }
err-endpoint-url = عنوان الخادم «{ $url }» ليس عنوان URL: { $reason }
err-endpoint-scheme = يجب أن يكون عنوان الخادم http أو https، لا { $scheme }:
err-endpoint-join = لا يمكن بناء عنوان واجهة البرمجة: { $reason }
