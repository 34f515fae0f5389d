# رسائل أداة سطر الأوامر (انظر en/cli.ftl).

cli-no-feeds = لا مصادر بعد. أضف واحدًا بـ `bulletin feeds add URL` أو `bulletin starter`.
cli-last-error = آخر خطأ: { $error }
cli-no-articles = لا مقالات.
cli-appeared-first = ظهرت التدوينة أولًا على { $site }.
cli-prev-next = السابقة: { $prev }  التالية: { $next }
cli-also-like = قد يعجبك أيضًا:
cli-category-counts = غير المقروءة { $unread } / { $total }
cli-done-removed = أُزيل
cli-done-renamed = أُعيدت التسمية
cli-done-moved = نُقل
cli-done-muted = كُتم
cli-done-unmuted = أُلغي الكتم
cli-done-saved = حُفظ
cli-done-unsaved = أُلغي الحفظ
cli-done-read = عُلّم كمقروء
cli-done-unread = عُلّم كغير مقروء
cli-marked-read = المقالات المعلّمة كمقروءة: { $count }
cli-feed-added = أُضيف { $id } — { $title } (المقالات: { $count })
cli-imported = المصادر المضافة: { $added }، الموجودة سلفًا: { $existing }. شغّل `bulletin sync` لجلبها.
cli-sync-summary = المقالات الجديدة: { $new } من المصادر: { $feeds }{ $accounts ->
    [0] {""}
   *[other] {" "}وحسابات الخوادم: { $accounts }
} (حُدّث { $updated }، دون تغيير { $unchanged }، فشل { $failed }، تُخطّي { $skipped }) في { $ms } ملّي ثانية
cli-failed = فشل
cli-account-failed = الحساب { $id } — { $error }
cli-watch-done = المقالات الجديدة: { $new }، المصادر الفاشلة: { $failed } ({ $ms } ملّي ثانية)
cli-sync-failed = فشل التحديث: { $error }
cli-no-notifications = لا إشعارات بعد.
cli-paused-until = الإشعارات موقوفة حتى { $when }
cli-resumed = استُؤنفت الإشعارات
cli-no-filters = لا مرشِّحات. أضف واحدًا بـ `bulletin filters add --match WORDS --action hide`.
cli-filter-added = أُضيف المرشِّح { $filter }
cli-filter-removed = أُزيل المرشِّح { $id }
cli-articles-changed = المقالات التي تغيّرت: { $count }
cli-no-views = لا طرق عرض. أضف واحدة بـ `bulletin views add NAME --query WORDS`.
cli-view-added = أُضيفت طريقة العرض «{ $name }»: المقالات { $count }، غير المقروءة { $unread }
cli-view-removed = أُزيلت طريقة العرض «{ $name }»
cli-no-accounts = لا حسابات. أضف واحدًا بـ `bulletin account add greader --url URL --user USER`.
cli-account-added = أُضيف الحساب { $id } — { $kind } { $user } على { $url }
cli-account-removed = أُزيل الحساب { $id }
cli-account-refused = رفضه الخادم: { $change } { $target }: { $reason }
cli-subscribed-on = اشتركت في { $url } على الحساب { $account }
cli-subscribed-on-queued = اشتركت على الحساب { $account }
cli-imported-on = المصادر المشترك فيها على الحساب { $account }: { $added }، الموجودة سلفًا: { $existing }
cli-account-queued = تعذّرت مزامنة الحساب { $id } الآن ({ $error })؛ التغيير في الطابور للتحديث القادم
cli-warn-plain-http = { $url } يستخدم http دون تشفير: تعبر كلمة مرورك ومقالاتك الشبكة مكشوفة. استخدم https ما لم يكن الخادم على شبكتك الخاصة.
cli-warn-no-keyring = لا مخزن لبيانات الاعتماد في هذا النظام (Secret Service، Keychain، Credential Manager)؛ تُحفظ كلمة المرور في { $file } ولا يقرؤها سواك
cli-account-line = { $user } على { $url }  (المصادر { $feeds }، غير المقروءة { $unread }، المعلّقة { $pending }، آخر مزامنة { $last })
cli-never = أبدًا
cli-progress-new = المقالات الجديدة: { $count }
cli-error = خطأ: { $message }
