# إشعارات سطح المكتب (انظر en/notifications.ftl).

notify-sources-two = { $a } و{ $b }
notify-sources-more = { $a } و{ $b } ومصادر أخرى: { $more }
notify-more-breaking = أخبار عاجلة أخرى: { $count }
notify-more-stories = أخبار أخرى: { $count }
notify-quiet-digest = أخبار في ساعات الهدوء: { $count }
notify-and-more = وغيرها: { $count }
notify-open = افتح
notify-save = احفظ
