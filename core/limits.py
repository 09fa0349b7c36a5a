"""The strictest of Discord's and Slack's message limits, in characters unless said otherwise.

The reply model keeps every piece within these, so any adapter can render it as it is.
"""

TITLE = 150  # Slack header block (Discord embed title allows 256)
TEXT = 3000  # Slack section text (Discord embed description allows 4,096)
FIELD_NAME = 150  # kept to a title's length so it renders as a heading on both
FIELD_VALUE = 1024  # Discord embed field value
FIELDS = 25  # Discord embed fields
FOOTER = 600  # Slack context element text is 3,000; Discord footer 2,048: room for five sources
TOTAL = 6000  # Discord: all embed text together
BUTTON_LABEL = 75  # Slack button text (Discord allows 80)
ACTION_ID = 100  # Discord custom_id (Slack button value allows 2,000)
CHOICES = 25  # Discord: 5 rows of 5 buttons (Slack actions block: 25 elements)
CHOICES_PER_ROW = 5
ANSWER = 900  # an FAQ answer, so it fits one embed field or section with room to spare
QUESTION = 2000  # longest question taken as typed; longer ones are trimmed with a note
QUIZ_STATE = 60  # the encoded quiz state, so it fits a custom_id beside its prefix
