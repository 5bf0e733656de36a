"""The dates stage: the day each event took place, from its own sentence or from the article around it.

Reads an event's trigger and sentence, and the article's anchor day (its dateline's day or publication date, else a date its
text fixes); returns an ISO day (``YYYY-MM-DD``) or nothing. Across the article it reads the events found so
far and returns them with dates lent or taken back.

- ``resolve``: a date phrase resolved against the anchor day, to the day or not at all (dateparser and more).
- ``sentence``: the date phrase of an event's own sentence that belongs to its trigger (not a dateline's).
- ``dateline``: the day a report was written, from its dateline, and the day an article's relative dates count
  from (its dateline's or publication date, else a full date its text gives).
- ``mentions``: a noun phrase that tells an event again ("the talks", "during the call", "at the summit"), and the
  event told before that it refers to.
- ``anchors``: days a sentence points to without naming them ("earlier in the day", "the day's meeting", "just
  as ...", "two days later", "three days after X", "where he met ...").
- ``article``: dates passed between the events of an article (a mention's event's day to what was done at it, a
  meeting's date to what was done at it, a gathering's day to what is told later at it, a headline's from the
  body, "At the time, ...", and the day a report goes on telling to the meetings it tells next with no time of
  their own).
"""
