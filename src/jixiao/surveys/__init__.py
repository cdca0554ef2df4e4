"""满意度调查 (satisfaction surveys): questionnaires built from a plan's 满意度 indicators,
answers collected without login, and satisfaction rates that become indicator actuals.

The framework-free core: :mod:`.profile` (the scale and how levels count as satisfied, as
data), :mod:`.questionnaire` (one question per 满意度 indicator, its respondent group and
target), :mod:`.tally` (rates with their definition, sample size and interval),
:mod:`.guard` (ballot-stuffing rules). The web layer stores answers and calls these.
"""

from jixiao.surveys.guard import Admission, AnswerAttempt, admit
from jixiao.surveys.profile import ScaleLevel, SurveyProfile, load_survey_profile
from jixiao.surveys.questionnaire import (
    Question,
    Questionnaire,
    is_satisfaction_indicator,
    questionnaire_from_plan,
    respondent_group,
)
from jixiao.surveys.tally import QuestionResult, SurveyResult, tally

__all__ = [
    "Admission",
    "AnswerAttempt",
    "Question",
    "QuestionResult",
    "Questionnaire",
    "ScaleLevel",
    "SurveyProfile",
    "SurveyResult",
    "admit",
    "is_satisfaction_indicator",
    "load_survey_profile",
    "questionnaire_from_plan",
    "respondent_group",
    "tally",
]
