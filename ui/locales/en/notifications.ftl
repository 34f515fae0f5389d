# Desktop notifications: who reports a story, summaries of what was folded
# or held, and the buttons.

notify-sources-two = { $a } and { $b }
notify-sources-more = { $a }, { $b } and { $more } more
notify-more-breaking = { $count ->
    [one] 1 more breaking story
   *[other] { $count } more breaking stories
}
notify-more-stories = { $count ->
    [one] 1 more story
   *[other] { $count } more stories
}
notify-quiet-digest = { $count ->
    [one] 1 story during quiet hours
   *[other] { $count } stories during quiet hours
}
notify-and-more = and { $count } more
notify-open = Open
notify-save = Save
