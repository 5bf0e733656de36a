"""The dates stage: the day each event took place, from its own sentence or from the article around it.

Reads an event's trigger and sentence, and the article's anchor day (its publication date, else a date its
text fixes); returns an ISO day (``YYYY-MM-DD``) or nothing. Across the article it reads the events found so
far and returns them with dates lent or taken back.

- ``resolve``: a date phrase resolved against the anchor day, to the day or not at all (dateparser and more).
- ``sentence``: the date phrase of an event's own sentence that belongs to its trigger (not a dateline's).
- ``article``: dates passed between the events of an article (a meeting's date to what was done at it, a
  headline's from the body, "At the time, ...").
"""
