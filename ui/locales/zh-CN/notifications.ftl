# 桌面通知（参见 en/notifications.ftl）。

notify-sources-two = { $a } 和 { $b }
notify-sources-more = { $a }、{ $b } 等另外 { $more } 个来源
notify-more-breaking = 另有 { $count } 条突发新闻
notify-more-stories = 另有 { $count } 条新闻
notify-quiet-digest = 免打扰时段内的 { $count } 条新闻
notify-and-more = 另有 { $count } 条
notify-open = 打开
notify-save = 收藏
