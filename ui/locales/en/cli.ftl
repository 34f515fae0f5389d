# The command-line tool's messages (`bulletin`, without --json).
# JSON output, command names and feed text are never translated.

cli-no-feeds = No feeds yet. Add one with `bulletin feeds add URL` or `bulletin starter`.
cli-last-error = last error: { $error }
cli-no-articles = No articles.
cli-appeared-first = The post appeared first on { $site }.
cli-prev-next = previous: { $prev }  next: { $next }
cli-also-like = You may also like:
cli-category-counts = { $unread } unread / { $total }
cli-done-removed = removed
cli-done-renamed = renamed
cli-done-moved = moved
cli-done-muted = muted
cli-done-unmuted = unmuted
cli-done-saved = saved
cli-done-unsaved = unsaved
cli-done-read = marked read
cli-done-unread = marked unread
cli-marked-read = { $count ->
    [one] 1 article marked read
   *[other] { $count } articles marked read
}
cli-feed-added = added { $id } — { $title } ({ $count ->
    [one] 1 article
   *[other] { $count } articles
})
cli-imported = { $added ->
    [one] 1 feed added
   *[other] { $added } feeds added
}, { $existing } already there. Run `bulletin sync` to fetch them.
cli-sync-summary = { $new ->
    [one] 1 new article
   *[other] { $new } new articles
} from { $feeds ->
    [one] 1 feed
   *[other] { $feeds } feeds
}{ $accounts ->
    [0] {""}
    [one] {" "}and 1 server account
   *[other] {" "}and { $accounts } server accounts
} ({ $updated } updated, { $unchanged } unchanged, { $failed } failed, { $skipped } skipped) in { $ms } ms
cli-failed = failed
cli-account-failed = account { $id } — { $error }
cli-watch-done = { $new ->
    [one] 1 new article
   *[other] { $new } new articles
}, { $failed ->
    [one] 1 feed failed
   *[other] { $failed } feeds failed
} ({ $ms } ms)
cli-sync-failed = sync failed: { $error }
cli-no-notifications = No notifications yet.
cli-paused-until = notifications paused until { $when }
cli-resumed = notifications resumed
cli-no-filters = No filters. Add one with `bulletin filters add --match WORDS --action hide`.
cli-filter-added = added filter { $filter }
cli-filter-removed = removed filter { $id }
cli-articles-changed = { $count ->
    [one] 1 article changed
   *[other] { $count } articles changed
}
cli-no-views = No views. Add one with `bulletin views add NAME --query WORDS`.
cli-view-added = added view “{ $name }”: { $count } articles, { $unread } unread
cli-view-removed = removed view “{ $name }”
cli-no-accounts = No accounts. Add one with `bulletin account add greader --url URL --user USER`.
cli-account-added = added account { $id } — { $kind } { $user } at { $url }
cli-account-removed = removed account { $id }
cli-account-refused = refused by the server: { $change } { $target }: { $reason }
cli-subscribed-on = subscribed to { $url } on account { $account }
cli-subscribed-on-queued = subscribed on account { $account }
cli-imported-on = { $added ->
    [one] 1 feed subscribed
   *[other] { $added } feeds subscribed
} on account { $account }, { $existing } already there
cli-account-queued = account { $id } could not sync now ({ $error }); the change is queued for the next sync
cli-warn-plain-http = { $url } is plain http: your password and articles cross the network unencrypted. Use https unless the server is on your own network.
cli-warn-no-keyring = this system has no credential store (Secret Service, Keychain, Credential Manager); the password is kept in { $file }, readable only by you
cli-account-line = { $user } at { $url }  ({ $feeds } feeds, { $unread } unread, { $pending } pending, last sync { $last })
cli-never = never
cli-progress-new = { $count ->
    [one] 1 new article
   *[other] { $count } new articles
}
cli-error = error: { $message }
cli-cause = { $context }: { $cause }
cli-warning = warning: { $message }
cli-no-data-dir = no data directory on this system; pass --db PATH
cli-opening = opening { $path }
cli-reading = reading { $path }
cli-writing = writing { $path }
cli-unknown-value = unknown value “{ $value }”
cli-password-stdin = reading the password from standard input
cli-no-password = no password: pass --password-stdin or set { $env }
cli-empty-password = the password is empty

# Usage errors (clap's, worded here): an argument or value as typed is given as $arg, $value.
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-unknown-command = unrecognized subcommand '{ $name }'
cli-usage-value-required = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-between = must be a whole number from { $min } to { $max }
cli-usage-not-a-number = not a whole number
cli-usage-possible-values = possible values: { $values }
cli-usage-missing-arguments = the following required arguments were not provided:
cli-usage-missing-command = '{ $name }' requires a subcommand but one was not provided
cli-usage-commands = subcommands: { $values }
cli-usage-repeated = the argument '{ $arg }' cannot be used multiple times
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-usage-value-count = { $expected } values required for '{ $arg }' but { $actual } provided
cli-usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-other = the arguments could not be read
cli-usage-tip-command = tip: a similar subcommand exists: '{ $similar }'
cli-usage-tip-argument = tip: a similar argument exists: '{ $similar }'
cli-usage-tip-value = tip: a similar value exists: '{ $similar }'
cli-usage-tip-escape = tip: to pass '{ $arg }' as a value, use '-- { $arg }'
cli-usage-more = For more information, try '{ $flag }'.
