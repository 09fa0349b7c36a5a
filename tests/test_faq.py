"""The FAQ index: every topic reached from its own phrasings, out-of-scope questions declined."""

from __future__ import annotations

import re
import typing

import pytest

from bench.run import load_questions
from core import declines, message
from core.advisor import Advisor
from core.content import REQUIRED_FAQ_IDS, load_content
from core.faq import Why
from core.patterns import TopicPattern, needed_words
from core.text import DIGIT, MEMO_TEXTS, normalize, pattern_text
from tests.conftest import CONTENT, ROOT

_content = load_content(CONTENT)
PHRASINGS = [(e.id, q) for e in _content.faq.values() for q in (e.question, *e.asked_as)]


@pytest.mark.parametrize(("faq_id", "question"), PHRASINGS)
def test_every_phrasing_reaches_its_entry(advisor: Advisor, faq_id: str, question: str):
    result = advisor.ask_result(question)
    assert result.faq_id == faq_id
    assert result.confidence >= 0.5


@pytest.mark.parametrize("faq_id", REQUIRED_FAQ_IDS)
def test_phrasings_survive_shouting_typos_and_punctuation(advisor: Advisor, faq_id: str):
    question = _content.faq[faq_id].question
    assert advisor.ask_result(question.upper() + "??!").faq_id == faq_id
    assert advisor.ask_result("  " + question.replace(" ", "  ") + " \u200b").faq_id == faq_id


# Questions not written into content: regression floor for how people really type.
REAL_QUESTIONS = [
    # Text speak: "b" is be, "in2" into, "lvl" level, "reqs" requirements, "til" until; a code set
    # named ("icd10") is the coder's side; "coders needed in 2030" is demand, not a requirement.
    ("how 2 b a coder", "become-coder"),
    ("how 2 get in2 billing", "become-biller"),
    ("entry lvl coding jobs exist?", "coder-competition"),
    ("any reqs b4 starting?", "prerequisites"),
    ("how long til certified", "training-length"),
    ("is icd10 hard 2 learn", "coding-difficulty"),
    ("is cpt hard to learn", "coding-difficulty"),
    ("wanna be coder where start", "become-coder"),
    ("coders needed in 2030?", "job-outlook"),
    ("how mutch do medicall coders mak", "coder-pay"),  # "mutch" is much, not match
    ("do i ned sertification", "certification"),
    # Schedules in shorthand; a course's length named in passing when its difficulty is asked.
    ("do coders work 4 10s or 5 8s", "coder-day"),
    ("is the 4 month coding course hard", "coding-difficulty"),
    ("is a 6 month program enough", "training-length"),
    # "If…, when would I be done?", "a quick rundown of", "would there be enough jobs … in 5 years".
    ("if i start a coding program in january when would i be done", "training-length"),
    ("can you give me a quick rundown of medical billing", "what-is-billing"),
    ("would there be enough jobs for new coders in 5 years", "job-outlook"),
    # Indian English: "shift to other state" is moving, "a tension job" a stressful one,
    # "further study" continuing education, "please tell about" what it is.
    ("Please tell about medical billing.", "what-is-billing"),
    ("After certification, is there any need of further study?", "continuing-education"),
    ("If I shift to other state, can I continue my job?", "relocation"),
    ("Is medical billing a tension job?", "billing-stress"),
    # Skeptics: "a scam?" judges the subject it names; "salary numbers" are pay, not maths.
    ("Is certification a scam?", "certification"),
    ("so the certificate is just a money grab?", "certification"),
    ("is coding a scam", "benefits"),
    ("Are the salary numbers schools advertise for coders real or inflated?", "coder-pay"),
    ("Why do job ads want someone who does billing and coding both?", "combined-role"),
    ("Is it a myth that coders can work anywhere?", "relocation"),
    ("Why do so many people fail at coding?", "coding-difficulty"),
    ("would my daughter make enough coding to live alone", "coder-pay"),
    # "…but can't find anything": what went wrong is the news, what came before it background.
    ("my son finished his coding course but can't find anything, is it normal", "coder-competition"),
    # One role's person asking about the other: "i'm a biller, …" says who asks.
    ("i'm a biller, how do i move into coding", "become-coder"),
    ("i'm a biller, should i learn coding too", "combined-role"),
    ("as a coder do i need to know billing", "combined-role"),
    ("where does the coder's job end and the biller's begin", "billing-vs-coding"),
    ("which is more remote friendly, billing or coding", "remote-work"),
    ("is billing training shorter than coding training", "training-length"),
    ("which is growing faster, billing or coding", "job-outlook"),
    ("do billers and coders work together", "similarities"),  # two people, not one doing both
    # People already in the field.
    ("My office wants me to start coding on top of billing, is that normal", "combined-role"),
    ("what separates a great coder from an average one", "coder-traits"),
    ("what makes billers successful long term", "biller-traits"),
    ("does coding get easier after the first year", "coding-difficulty"),
    ("i'm a biller, what's the fastest way to become a coder", "become-coder"),
    ("how much of my billing knowledge carries over to coding", "similarities"),
    ("can i finish training without quitting my job", "training-length"),
    # Idioms: a field "with legs", "thrive in", "boxes to tick", "once and done", "the deal with".
    ("is coding a field with legs", "job-outlook"),
    ("is billing a hard field to break into", "biller-competition"),
    ("who tends to thrive in coding", "coder-traits"),
    ("what's the deal with medical coding", "what-is-coding"),
    ("what boxes do i need to tick before enrolling", "prerequisites"),
    ("is coding a learn once and done thing", "continuing-education"),
    # Plain questions in formal wording.
    ("what's the shortest program for medical billing", "training-length"),
    ("can billers easily find work in a new city", "relocation"),
    ("which employers hire medical coders", "coder-workplace"),
    ("will medical billing still be a good career in 10 years", "job-outlook"),
    ("list places coders can work", "coder-workplace"),
    ("what's the max a biller can make", "biller-pay"),
    ("do you have to be in the office as a new coder", "remote-work"),
    ("is there an accelerated billing program", "training-length"),
    ("do employers check certifications", "certification"),
    ("is coding something you can self teach", "coding-difficulty"),
    ("which one takes less brain power", "which-is-easier"),
    ("for someone who hates memorizing, billing or coding", "which-is-easier"),
    ("how fast do new billers get hired", "biller-competition"),
    # Gen Z: "get that bag" is pay, "built for" a fit, "a brain buster" hard, "rlly" really.
    ("do coders get that bag", "coder-pay"),
    ("do billers get bread or nah", "biller-pay"),
    ("am i built for coding if i'm a homebody", "coder-traits"),
    ("is billing a brain buster", "billing-difficulty"),
    ("do u rlly need a cert or nah", "certification"),
    # A letter: its greeting and sign-off are only courtesy, and British or formal words are words.
    (
        "Dear Sir or Madam, I am writing to enquire about the typical earnings of a medical coder."
        " Yours faithfully.",
        "coder-pay",
    ),
    (
        "Might you advise whether there is a continuing need for medical billers in the years ahead?",
        "job-outlook",
    ),
    ("Is the work of a medical biller particularly demanding on one's nerves?", "billing-stress"),
    ("Is one obliged to undertake further study after obtaining certification?", "continuing-education"),
    ("is coding full time or part time usually", "coder-day"),
    ("remote vs in office coder pay", "coder-pay"),  # a headline: its last topic is its subject
    ("do coders make over fifty k", "coder-pay"),
    ("i applied to a dozen coding jobs and heard nothing", "coder-competition"),
    # The downsides: "cons", "drawbacks", "who should avoid…", "what people find hardest".
    ("what are the downsides of medical coding", "benefits"),
    ("cons of being a biller", "benefits"),
    ("why shouldn't i go into coding", "benefits"),
    ("do billers hate their jobs", "billing-stress"),
    ("what do people find hardest about coding", "coding-difficulty"),
    ("who should avoid coding", "coder-traits"),
    ("who shouldn't do billing", "biller-traits"),
    ("is medical coding overrated", "benefits"),
    ("is billing a waste of time", "benefits"),
    ("what's bad about medical billing", "benefits"),
    ("should i stay away from coding", "benefits"),
    ("what makes people quit billing", "billing-stress"),
    ("is coding going downhill", "job-outlook"),
    ("do coders enjoy their work", "benefits"),  # job satisfaction; "would I enjoy coding" is a fit
    ("would i enjoy coding", "coder-traits"),
    ("can coding give me a better life", "benefits"),
    # The tools of the job, and what AI will change.
    ("do billers use epic", "biller-day"),
    ("what programs do billers use", "biller-day"),
    ("how will ai change coding", "ai-and-the-future"),
    ("do you need to be outgoing for billing", "biller-traits"),
    ("i hate conflict, would billing be hard on me", "billing-stress"),
    ("do i need separate training for billing and coding", "combined-role"),
    # Schooling: a course's make-up and schedule are its length; a degree required is a prerequisite.
    ("is coding a 2 year degree", "training-length"),
    ("how many classes are in a coding program", "training-length"),
    ("can i do a billing program in the evenings", "training-length"),
    ("how many hours of study is the cpc course", "training-length"),
    ("do i need a 4 year degree to be a coder", "prerequisites"),
    ("is a coding certificate a one year thing", "training-length"),
    ("is computer assisted coding killing jobs", "ai-and-the-future"),
    ("are hospitals replacing coders with software", "ai-and-the-future"),
    ("side by side billing vs coding", "billing-vs-coding"),
    ("why does medical billing exist", "what-is-billing"),
    ("why would somebody want to be a medical biller", "benefits"),
    ("What's your day like as a remote coder?", "coder-day"),  # the day, of a coder who is remote
    ("What did you start at as a biller?", "biller-pay"),
    ("can a biller+coder work from home", "remote-work"),  # "+" between words is "and"
    ("can a biller + coder work from home", "remote-work"),  # …spaced or not
    ("do billing jobs require experience", "biller-competition"),
    ("can a coder cover billing when the biller is out", "combined-role"),
    ("what do coders hand off to billers", "billing-vs-coding"),
    ("after the coder finishes, what does the biller do", "billing-vs-coding"),
    ("everyone says entry level coding is impossible, true?", "coder-competition"),
    ("i heard you have to redo the cpc every year, is that right", "continuing-education"),
    ("is a certificate from an online course legit for employers", "certification"),
    ("are there really coding jobs for beginners or is it a myth", "coder-competition"),
    ("how do i know if i'm qualified to start training", "prerequisites"),
    ("how do i know if there are coding jobs where i live", "coder-competition"),
    ("do i need to be good with computers for coding", "coder-traits"),
    # A parent asking for a child means the career, not coding classes for kids.
    ("i need daycare for my kids, can i work from home as a coder", "remote-work"),
    ("will there be jobs for my kids in coding in 10 years", "job-outlook"),
    ("what do you think about coding as a career", "benefits"),
    (
        "Background: I'm disabled and can't stand for long, so retail is killing me. I keep reading that"
        " billing and coding can be remote. Is that actually true for someone just starting out, or is it"
        " mostly in-office at first?",
        "remote-work",
    ),
    ("how much does a medical biller make an hour", "biller-pay"),
    ("coder salary 2019", "coder-pay"),
    ("what's the pay like for medical coding", "coder-pay"),
    ("medical codng salery", "coder-pay"),
    ("can i work remotely as a medical biller", "remote-work"),
    ("wfh?", "remote-work"),
    ("how long does medical coding school take", "training-length"),
    ("do i need a college degree to do medical billing", "prerequisites"),
    ("im 52 is it too late to become a coder", "prerequisites"),
    ("I'm 45 with two kids, is coding hard to learn?", "coding-difficulty"),
    ("what does a biller actually do all day", "biller-day"),
    ("where do medical coders usually work", "coder-workplace"),
    ("is there a lot of competition for coding jobs", "coder-competition"),
    ("if i move states do i need a new certification", "relocation"),
    ("what skills make a good coder", "coder-traits"),
    ("can one person do billing and coding", "combined-role"),
    ("do coders need continuing education", "continuing-education"),
    ("which is harder, billing or coding?", "which-is-easier"),
    ("what is medical coding exactly", "what-is-coding"),
    ("Is medical billing a dead end job?", "job-outlook"),
    ("Can you make 50k as a medical coder?", "coder-pay"),
    ("Do medical coders work weekends?", "coder-day"),
    ("do i need a bachelor's to be a medical biller", "prerequisites"),  # "bachelors" is a synonym
    ("sir can i do coding job from my home", "remote-work"),
    ("how much do remote coders make", "coder-pay"),  # the question asks about pay
    ("what do work from home billers get paid", "biller-pay"),
    ("will remote coding jobs still exist in 10 years", "job-outlook"),  # asks about the future
    ("how long is the training to be a remote coder", "training-length"),
    ("what does a remote coder do all day", "coder-day"),
    ("do coders with experience make a lot more", "coder-pay"),
    ("how much do billing people get", "biller-pay"),
    ("how much more do coders make after a few years", "coder-pay"),
    ("are there coding jobs available near me", "coder-competition"),
    ("should i even bother getting certified", "certification"),  # "bother" is not another subject
    ("will clinics still need billers in 2040", "job-outlook"),
    ("can i finish coding training in under 6 months", "training-length"),
    ("any prereqs for billing classes", "prerequisites"),
    ("how do billers maintain their certification", "continuing-education"),
    ("what skills carry over from billing to coding", "similarities"),
    ("is it even worth getting certified", "certification"),  # worth it, but about the credential
    ("is my coding certificate valid everywhere", "relocation"),
    ("are billing positions hard to get", "biller-competition"),
    ("is medical coding worth the money", "benefits"),  # worth it, not what it costs
    ("will i have to move up north for a coding job", "relocation"),
    ("getting medical billing job is difficult?", "biller-competition"),
    ("i'm coming from retail, is medical billing hard to learn", "billing-difficulty"),
    # A medical coder sits at a computer all day; that does not make the question about programming.
    ("What's a typical workday for a coder like? Is it just sitting at a computer?", "coder-day"),
    ("is medical billing a smart career move", "benefits"),  # a career move, not relocating
    ("i'm stuck in a dead end job, would coding be a good career move", "benefits"),
    ("do billers have to go into the office", "remote-work"),
    ("do coders have to take classes every year", "continuing-education"),
    ("is billing easy to pick up if i work full time", "billing-difficulty"),  # asks how hard, not how long
    ("coders, what did u make your first year?", "coder-pay"),
    ("do i need computer skills before training", "prerequisites"),  # computer skills, not programming
    ("how secure are medical coding jobs", "job-outlook"),
    ("I'm a medical assistant right now, how can I move into coding?", "become-coder"),
    ("do coders work for doctors or insurance companies", "coder-workplace"),
    (
        "which certification is best for medical coders",
        "certifications-overview",
    ),  # a credential, not a vendor
    ("is a 9 month program normal for billing", "training-length"),
    ("I heard coders make like 80k, is that true?", "coder-pay"),
    ("my cousin says AI is going to wipe out medical coding in a few years", "ai-and-the-future"),
    ("do coders have quotas or productivity targets", "coder-day"),
    ("does the coder or the biller send the claim to insurance", "billing-vs-coding"),
    ("do billers get raises", "biller-pay"),
    ("is it a good time to get into medical coding", "job-outlook"),
    ("i dropped out of college, can i still get into a coding program?", "prerequisites"),
    ("do coding jobs let you work from your house", "remote-work"),
    ("do coders need to keep taking courses", "continuing-education"),
    ("can a coder pay the bills on that salary", "coder-pay"),  # the bills are not billing
    ("will billers be replaced by software soon", "ai-and-the-future"),
    ("is billing a chill gig", "billing-stress"),
    ("billing vs coding difficulty?", "which-is-easier"),
    ("whats my first move toward a coding career", "become-coder"),  # not relocating
    ("how do i go from waitress to medical biller", "become-biller"),
    ("is coding harder than it looks", "coding-difficulty"),  # not comparing the two roles
    ("is billing easier to learn than coding", "which-is-easier"),
    ("are billing skills transferable", "relocation"),
    ("can i work remotely from texas", "remote-work"),  # a place, not another subject
    ("is coding a lonely job", "coder-day"),
    ("how would i get a billing position", "become-biller"),
    ("im an introvert, would coding suit me", "coder-traits"),
    ("can a high school dropout study coding", "prerequisites"),
    ("are there enough coding jobs out there for everyone", "coder-competition"),
    ("is billing boring", "biller-day"),
    ("wtf is medical billing", "what-is-billing"),
    ("can coders work online from anywhere", "remote-work"),  # not an online course
    ("in what ways are billers and coders the same", "similarities"),
    ("what does a coder do after they clock in", "coder-day"),
]


@pytest.mark.parametrize(("question", "faq_id"), REAL_QUESTIONS)
def test_real_questions(advisor: Advisor, question: str, faq_id: str):
    assert advisor.ask_result(question).faq_id == faq_id


OUT_OF_SCOPE = [
    ("how much do nurses make", "off-topic"),
    ("how much do pharmacists earn", "off-topic"),
    ("is python coding hard to learn", "off-topic"),
    ("how do I learn javascript coding", "off-topic"),
    ("best laptop for programming", "off-topic"),
    ("what is cpt code 99213", "code-lookup"),
    ("icd-10 code for type 2 diabetes", "code-lookup"),
    ("what does E11.9 mean", "code-lookup"),
    ("how do i code a broken arm", "code-lookup"),
    ("my claim got denied what should i do", "claim-help"),
    ("which ICD-10-CM code should be assigned for essential hypertension?", "code-lookup"),
    ("what code do i use for diabetes", "code-lookup"),
    ("what diagnosis code do i use for back pain", "code-lookup"),
    ("how should a claim be appealed after a denial?", "claim-help"),
    ("how do i appeal a denied claim", "claim-help"),
    ("how do i fill out box 21 on the cms 1500", "claim-help"),  # one claim's box: not the forms
    ("can you check my cms-1500 before i submit it", "claim-help"),
    ("help i got a bill for $3000 from the er", "claim-help"),  # a sum billed, not billers' pay
    ("how do i pay my medical bill online", "claim-help"),
    ("tell me a joke", "off-topic"),
    ("can you tell me a fun fact", "off-topic"),
    ("thanks!", "thanks"),
    ("ok thank you so much", "thanks"),
    ("Hey there!", "hello"),
    ("what can you do?", "help"),
    ("how old are you?", "help"),
    ("are you a real person?", "help"),
    ("what sources do you use", "help"),  # help says every answer names its source and year
    ("where do you get your numbers", "help"),
    ("are you even a real advisor", "help"),
    ("bad bot", "help"),  # "bot" is not a slip of "both"
    ("where do your facts come from?", "help"),  # about the advisor, not the job
    ("where are you located", "help"),
    ("what can you help me with", "help"),
    ("how does this bot work", "help"),
    ("what commands are there", "help"),
    ("how accurate are your answers", "help"),
    ("gm", "hello"),
    ("yo whats good", "hello"),
    ("thank u so much!!", "thanks"),
    ("ok cool", "thanks"),
    ("nvm", "thanks"),
    ("Long story short, are you a robot? Have a great day!", "help"),
    ("This might sound silly but are you chatgpt? thoughts?", "help"),
    ("curious: good night? Have a great day!", "bye"),
    ("combien gagne un codeur medical", "language"),
    ("¿Cuánto gana un codificador médico?", "language"),
    ("do you speak spanish?", "language"),
    # Nothing but a role in common with any entry: ask again rather than offer guesses.
    ("is coding for the birds", "unclear"),
    ("do coders get zorbles", "unclear"),
    ("do billers get paid vacation", "not-covered"),
    ("show me the comparison", "decide"),
    ("how do i take the quiz", "decide"),
    ("give me the quiz", "decide"),  # the advisor's own tools, asked for in other words
    ("test me to see which fits", "decide"),
    ("show me billing and coding side by side", "decide"),
    ("can you compare them for me", "decide"),
    ("which is a better career, billing or coding", "decide"),
    ("is coding a better career than billing", "decide"),
    ("my friend works in real estate, is that a good career", "off-topic"),
    ("most common ICD-10 code", "code-lookup"),
    ("top 10 cpt codes", "code-lookup"),
    ("epic vs cerner which is better", "not-covered"),
    ("I work in medical billing. how do i make friends at a new job", "off-topic"),
    ("My mom is a medical coder. hmm", "unclear"),
    ("I work in medical billing. what's the best way to study for any exam", "off-topic"),
    ("I'm studying medical coding. how do i make money fast", "off-topic"),
    ("is careerstep worth it", "vendor"),
    ("Is AAPC's CPC prep course worth the money?", "vendor"),  # an issuer's course is still a vendor's
    # Another job, reached with a coding certificate or named beside our pay: not ours.
    ("can i get a job as a nurse with a coding certificate", "off-topic"),
    ("how much does a medical office specialist make", "off-topic"),
    ("billing vs front desk receptionist", "off-topic"),
    ("forget coding, how do i become a nurse", "off-topic"),
    ("i'm a single dad with a toddler, how do i find good daycare", "off-topic"),
    ("so are you a robot", "help"),
    ("please good night", "bye"),
    ("how do u code a diabetic foot ulcer", "code-lookup"),
    ("what's the modifier for bilateral procedures", "code-lookup"),
    ("should i do billing or become a phlebotomist", "off-topic"),
    ("This might sound silly but are you chatgpt? thoughts?", "help"),
    ("is this info up to date", "help"),
    ("what topics do you cover", "help"),
    ("what time is it", "off-topic"),
    ("what's the difference between a PA and an NP?", "off-topic"),
    ("what's the weather like", "off-topic"),
    ("asdkjh qwe zzz", "off-topic"),
    ("what is the capital of france", "off-topic"),
    ("should i become a paralegal", "off-topic"),
    ("how much do lab techs make", "off-topic"),  # a listed job, in the plural
    ("can er techs work from home", "off-topic"),
    ("is it hard to become an ultrasound tech", "off-topic"),
    ("i need help with my math homework", "off-topic"),
    ("what is the meaning of life", "off-topic"),
    ("how to bill medicare for a telehealth visit", "claim-help"),
    ("what does modifier 25 mean", "code-lookup"),
    ("hello how are you doing today", "help"),
    ("hey how's your day going", "help"),  # the advisor's day, not a biller's
    ("what does an RHIA make", "off-topic"),  # a health information administrator: another job
    ("what's the retirement plan like for billers", "not-covered"),  # employee benefits: no source
    ("can i work as a coder on an h1b visa", "not-covered"),  # immigration: no source
    ("can i code my own doctor visits to save money", "claim-help"),  # one's own care, not a career
    ("who is right?", "unclear"),  # checking a claim nobody made: "right" is not "right for me"
    # Another job set beside ours: the sources say nothing of the other side.
    ("compare coding with being a medical assistant", "off-topic"),
    ("coding compared to being a medical assistant", "off-topic"),
    ("what's the billing rate for a lawyer", "off-topic"),  # a law firm's billing, not ours
    # A link alone, or pointed at, asks nothing the advisor can read; one judged is a vendor.
    ("https://example.com", "link"),
    ("<https://example.com|example>", "link"),  # as Slack sends it
    ("check this out https://x.com/post, thoughts?", "link"),
    ("https://x.com/a is this true?", "link"),
    ("is this legit? https://some-school.com/coding-program", "vendor"),
    ("should i sign up for this? https://x.com/course", "vendor"),
    ("can you help me with my taxes", "off-topic"),
    ("help me appeal my denied insurance claim", "claim-help"),
    ("what computer is best for coding", "off-topic"),
    ("how do i start coding software", "off-topic"),
    # Careers we have no word for: declined, not "Did you mean: Is billing stressful?".
    ("is trucking a stressful job", "off-topic"),
    ("how long is welding school", "off-topic"),
    ("how much do truck drivers make", "off-topic"),
    ("is accounting hard to learn", "off-topic"),
    ("how much do IT techs make", "off-topic"),  # IT, not the pronoun
    ("how competitive is it to get into pa school", "off-topic"),
    # Subjects no source covers are declined even when they name a role: the nearest entry
    # (pay, difficulty) would answer a different question.
    ("how much does coding school cost", "not-covered"),
    ("can i get financial aid for a billing program", "not-covered"),
    ("can felons become medical coders", "not-covered"),
    ("do billers get health insurance", "not-covered"),
    ("can a coder get promoted", "not-covered"),
    ("good night!", "bye"),
    ("ok bye", "bye"),
    ("are you chatgpt?", "help"),
    ("who made this bot?", "help"),
    ("good bot", "thanks"),
    ("what's the job outlook for rad techs", "off-topic"),
    # Billing and coding in their everyday senses.
    ("what is a billing address", "off-topic"),
    ("how do i cancel my billing subscription", "off-topic"),
    ("how much does a billing clerk at a utility company make", "off-topic"),
    ("how much do coders make at google", "off-topic"),
    ("how much do legal billing specialists make", "off-topic"),
    ("what does color coding mean in excel", "off-topic"),
    ("how do you do qualitative coding in research", "off-topic"),
    ("what's a good job for introverts", "off-topic"),  # career advice naming no career
    ("code for hypertension", "code-lookup"),
    ("how to code diabetes with neuropathy", "code-lookup"),
    ("can you help me code this chart", "code-lookup"),
    ("is a z code billable", "code-lookup"),
    ("how do i bill a new patient visit", "claim-help"),
    ("what is a denial code co 97", "claim-help"),
    ("how do i fix a rejected claim", "claim-help"),
    ("are online coding programs a scam", "vendor"),  # rating schools is not our place
    ("what does a deductible mean", "off-topic"),  # a patient's insurance question
    ("is it hard to learn excel", "off-topic"),
    ("can i work from home as a customer service rep", "off-topic"),
    # A patient's own bill, other posts in the field, software shopping: not the two careers.
    ("how do i negotiate a medical bill", "claim-help"),
    ("can a medical bill go to collections", "claim-help"),
    ("how much do billing managers at hospitals make", "not-covered"),
    ("what's the best medical billing software for a small practice", "vendor"),
    ("can i learn coding on my phone", "off-topic"),
    ("I've been coding for 3 years. How do I ask for a raise?", "not-covered"),
    ("How should an organization respond to a claim denial for lack of medical necessity?", "claim-help"),
    ("I'm a coder and my productivity quota is 25 charts an hour, is that legal?", "not-covered"),
    ("which medical coding bootcamp should i pick", "vendor"),
    ("recommend me a coding school online", "vendor"),
    ("what code 4 flu", "code-lookup"),
    ("intro to coding classes near me", "vendor"),
    ("icd 10 lookup", "code-lookup"),
    ("Is the AAPC a scam?", "vendor"),
    ("Why do hospitals charge so much?", "off-topic"),
    ("is insurance claims adjusting stressful", "off-topic"),
    ("is learning fhir and hl7 hard", "off-topic"),
    ("what are some jobs i can do from home", "off-topic"),
    ("what's a good side hustle", "off-topic"),
    ("how much is a medical coding course", "not-covered"),  # what training costs: no source says
    ("how much are coding classes", "not-covered"),
    # What the credentials are, one by one, is #7's to answer; until then it is said plainly.
    ("is c++ hard to learn", "off-topic"),  # …but "c++" keeps its plus signs
    ("do i need a computer for coding", "off-topic"),
    ("my son wants to learn coding, any good classes for kids", "off-topic"),
    ("can you write code for me", "off-topic"),
    ("how do i start a daycare", "off-topic"),
    ("what hospital is best for surgery", "off-topic"),
    ("can you recommend us a good billing program", "vendor"),
    ("how do i start my own medical billing business", "not-covered"),
    ("what is a clearinghouse in medical billing", "not-covered"),
    ("what are the 2025 cpt code changes", "code-lookup"),
    ("claim denied", "claim-help"),
    ("Is AAPC's course worth it?", "vendor"),
    ("Does anyone know a good CPC prep book?", "vendor"),
    ("coding interview tips", "not-covered"),
    ("is pharmacy billing different", "not-covered"),
    ("how do I hire a medical coder for my practice", "not-covered"),
    ("how many icd 10 codes are there", "code-lookup"),
    ("how much is the aapc exam fee", "not-covered"),
    ("help me pick a color for my scrubs", "off-topic"),
    ("what's icd 11", "not-covered"),
    ("how much do lawyers bill per hour", "off-topic"),
    ("how do i request an itemized bill", "claim-help"),
    ("I'm 40 and hate my job. What should I do?", "off-topic"),
    ("I'm studying medical coding. explain hipaa to me", "not-covered"),
    ("I'm a single mom of 3 and work retail. what should i major in", "off-topic"),
    # Another job offered as the other choice: the sources say nothing of it.
    ("should i become a pharmacy tech or a biller", "off-topic"),
    ("should i do nursing or medical coding", "off-topic"),
    # Neighbouring jobs in the field: the sources say nothing of them.
    ("what's a claims examiner", "off-topic"),
    ("what does a patient account representative do", "off-topic"),
    ("how much do revenue cycle specialists make", "not-covered"),
    ("is a cancer registrar like a coder", "not-covered"),
    ("what's a medical billing advocate", "not-covered"),
    ("what is a charge master", "not-covered"),
    ("is data entry a good job", "off-topic"),
    ("what is a billing analyst", "not-covered"),
    ("how do i become an accounts receivable clerk", "off-topic"),
    ("what does a medical coding instructor earn", "not-covered"),
    ("what's the best book to learn icd 10", "vendor"),
    ("coding jobs near me", "not-covered"),
    ("how do i prepare for a medical coding job interview", "not-covered"),
    ("are you better than chatgpt", "help"),
    ("I'm single mom of 3 and work retail. what's 2 + 2", "off-topic"),
    ("I work in medical billing. what should i do with my life", "off-topic"),
    ("I work in medical billing. how much is the aapc membership", "not-covered"),
    ("I'm studying medical coding. how do i become a better student", "off-topic"),
    ("is nursing school harder than medical coding school", "off-topic"),
    (
        "Can someone help me with this chart? Patient came in with chest pain and got an EKG, what codes?",
        "code-lookup",
    ),
    ("what is code for diabetes", "code-lookup"),
    ("whats the best tiktok for coding tips", "vendor"),
    # What the code sets are is not in any source yet (#7): said plainly, not guessed.
    # "Any advice?" asks about the last thing told, here a life matter, not the billing program.
    ("I'm in a billing program. I'm stressed about my divorce. Any advice?", "off-topic"),
    ("I'm in a billing program right now and I'm so stressed about my divorce. Any advice?", "off-topic"),
    ("how many hours a week do you study", "unsure"),
    # A reply that asks nothing is not matched to whichever phrasing shares its one word.
    ("what else", "more"),
    ("no", "unclear"),
    ("why?", "unclear"),
    ("lol same", "unclear"),  # agreeing in a group chat, not "are billing and coding the same"
    ("same here", "unclear"),
    ("ok bot", "empty"),
    ("tell me a joke", "off-topic"),
    ("can you tell me a fun fact", "off-topic"),
    ("How do you all keep up with CEUs without spending a fortune?", "not-covered"),
    ("does optum hire remote coders", "not-covered"),
    ("you are human or robot", "help"),
    # …but a question pointing back at that job is about it.
    ("I'm a nurse. Is it stressful?", "off-topic"),
    ("My sister is a nurse. How much does she make?", "off-topic"),
    ("how do I apply for disability benefits", "off-topic"),
    ("best daycare options for single parents", "off-topic"),
    # Programming in healthcare, naming neither role, is still programming.
    ("how do i learn sql for healthcare data", "off-topic"),
    # Running a billing company, and what such companies charge, are no question about the job.
    ("how to start my own medical billing company", "not-covered"),
    ("how much do medical billing companies charge doctors", "not-covered"),
    ("is the aapc conference worth going to", "not-covered"),
    ("whats minimum wage in texas", "off-topic"),
    ("im 45 and want a career change, what are some good jobs", "off-topic"),
    # A clause naming only the role asks nothing apart from the record told before it.
    ("i have a felony from 10 years ago, can i even do billing", "not-covered"),
    # A claim's group code (CO-97) and reading one's own bill are claim help.
    ("Billers, how do you handle a denial for CO-97?", "claim-help"),
    ("how do i read a medical bill", "claim-help"),
    ("is it worth it to go to college", "off-topic"),
    ("where is the hospital more near", "off-topic"),
    ("is medicare going to cover my surgery", "off-topic"),
    # Growing in one's career is advancement, which no source covers; jobs growing is the outlook.
    ("is there room for growth in coding", "not-covered"),
    # Fraud and compliance are no source's subject; how long an insurer takes to pay is a claim.
    ("how do i report medical billing fraud", "not-covered"),
    ("i think my doctor is upcoding, what do i do", "not-covered"),
    ("is up coding illegal", "not-covered"),  # upcoding, spelled apart (not "pick up coding")
    ("how do i get rid of a headache", "off-topic"),  # a doctor's question, not "less of a headache"
    ("how long does insurance take to pay a claim", "claim-help"),
    ("how many codes are in icd 10", "code-lookup"),
    # Feelings told with no career in them are not a question about billing's stress.
    ("i feel depressed lately, what should i do", "wellbeing"),  # a person, not an entry, helps
    ("my boss yelled at me today", "off-topic"),
    ("how do i sign up for social security benefits", "off-topic"),
    ("where i can to study english", "off-topic"),
    ("what billing software should my clinic use", "vendor"),
    ("can a medical coder become a nurse", "off-topic"),
    ("can a biller look up my medical records", "claim-help"),
    ("what billing code does my therapist use", "code-lookup"),
    ("do coders need malpractice insurance", "not-covered"),
    # A five-digit number alone is a code, not a sum; converting a wage is a sum.
    ("what is 99213", "code-lookup"),
    ("how much is 20 dollars an hour a year", "off-topic"),
    ("how much is 22 an hour annually", "off-topic"),
    ("medical billing software engineer salary", "not-covered"),
    ("who is the ceo of aapc", "not-covered"),  # the organisations themselves: no source here
    ("Could you kindly review my CV for a medical coding position?", "not-covered"),  # a CV, as a resume
    ("how do i open a billing and coding school", "not-covered"),
    ("can you recommend a billing and coding textbook", "vendor"),
    ("billing software recommendations?", "vendor"),  # the request as a noun
    ("book recs for cpc", "vendor"),
    # What "still" leans on is the question: a record no source speaks of.
    ("i have a felony, can i still be a medical coder", "not-covered"),
    ("i have a felony. can i still be a medical coder?", "not-covered"),
    # Another school set against ours on length is about that school too.
    ("is phlebotomy school shorter than coding school", "off-topic"),
    ("what is coding in qualitative research", "off-topic"),
    ("can a medical biller work as a paralegal", "off-topic"),
    ("how do i write a resume for a billing job", "not-covered"),
    # Distress naming no career needs a person, not an entry; naming one, it is a career question.
    ("i've been feeling really down lately and i don't know who to talk to", "wellbeing"),
    ("i feel so alone", "wellbeing"),
    ("i have no one to talk to", "wellbeing"),
    ("i cry every day", "wellbeing"),
    ("how do i become a recruiter", "off-topic"),
    # Chat about a study group is no question: what is asked is.
    ("who's hosting the zoom tomorrow", "off-topic"),
    ("is ahima a good company to work for", "not-covered"),  # a particular employer: no source
    # Another job's pay set beside ours: the sources give only one side.
    ("how much do pharmacy techs make compared to coders", "off-topic"),
    ("how much do nurses make compared to coders", "off-topic"),
    ("i'm not asking about medical coding, i mean python", "off-topic"),  # coding set aside
    ("best part time jobs for retirees", "off-topic"),  # career advice naming no career
    ("does medical billing come with health insurance usually", "not-covered"),  # employee benefits
    ("is the va hospital hiring", "not-covered"),  # a particular employer
    ("how do i use chatgpt", "off-topic"),  # AI named, no career asked about
    ("what's a good tutor for my kid's math class", "off-topic"),  # "tutor" stays a stranger
    ("what are ubs", "off-topic"),  # a bank, unless named beside the 1500s
    ("Can I transfer credits from another college?", "not-covered"),  # one school's policy
    ("Can I get my money back from my coding school?", "not-covered"),  # a refund, not pay
    ("What's a good study playlist?", "off-topic"),  # "playlist" was read as "play list"
    ("Can you help me fill out my CMS-1500 for a patient visit?", "claim-help"),
    ("can you remind me to study at 7pm", "off-topic"),
    ("What modifier goes with a bilateral procedure?", "code-lookup"),  # was the code sets
    ("Is it ok to use ChatGPT to write my essay for class?", "off-topic"),  # was AI and coding's future
    (
        "Is this a scam? I got a text saying I won a free coding course.",
        "vendor",
    ),  # one offer, not the career
    ("I got an email offering a remote coding job for $30/hr with no experience. Is it legit?", "vendor"),
    ("I'm a coder. What's the best espresso machine?", "off-topic"),  # was unsure with AI first
    (
        "My cousin thinks offshoring will hurt the auto industry. Is that true?",
        "off-topic",
    ),  # was the outlook
    ("I'm studying medical coding. hmm", "unsure"),  # a sound asks nothing: it was how hard coding is
    ("Long story short, good night? thanks!", "bye"),  # was how long training takes
    ("how much is an aapc membership", "not-covered"),
    (
        "My mom is a medical coder. i'm not asking about medical coding, i mean python",
        "off-topic",
    ),  # was what coding is
    (
        "what time is the study session",
        "off-topic",
    ),  # "session" had been made an everyday word this session: it was how hard billing is
    ("is this a strict school", "off-topic"),
    ("does anyone know a good pizza place", "off-topic"),
    ("i want to know the capital of france", "off-topic"),
    ("how do i lose weight and get slim", "off-topic"),
    (
        "how do i file an insurance claim for my car",
        "claim-help",
    ),  # was what billing is: filing one's own claim is help with a claim
    ("how do i file an insurance claim", "claim-help"),  # was what billing is
    ("car insurance claim help", "claim-help"),
    (
        "which ehr is best for small clinics",
        "vendor",
    ),  # was answered with doing both roles: which software to pick is a vendor to recommend
    ("which emr should my clinic use", "vendor"),
    (
        "are remote customer service jobs legit",
        "off-topic",
    ),  # was remote work: customer service jobs are another job
    (
        "is accounting harder than medical billing",
        "off-topic",
    ),  # was which is easier: the sources say nothing of accounting
    ("what's a good name for a billing company", "not-covered"),  # was what billing is
]


@pytest.mark.parametrize(("question", "why"), OUT_OF_SCOPE)
def test_out_of_scope_gets_no_entry(advisor: Advisor, question: str, why: str):
    result = advisor.ask_result(question)
    assert result.faq_id is None
    assert result.why == why


@pytest.mark.parametrize(
    "question", ["Do coders fill out the CMS-1500?", "do billers fill out the CMS-1500 by hand?"]
)
def test_who_fills_out_a_claim_form_asks_about_the_job(advisor: Advisor, question: str):
    # Not help with filling one out: the claim forms are answered or offered first.
    result = advisor.ask_result(question)
    assert result.why != "claim-help"
    assert "claim-forms" in (result.faq_id, *result.suggestions[:1])


# Beyond the 2019 article (issue #7): credentials, exams, code sets, claim forms, AI, newest figures.
BEYOND_THE_ARTICLE = [
    ("what's the difference between ICD-10 and CPT?", "code-sets"),
    ("what's the difference between icd-10-cm and icd-10-pcs", "code-sets"),
    ("what is cpt", "code-sets"),
    ("I'm studying medical coding. what's the meaning of cpt", "code-sets"),
    ("who is in charge of hcpcs level 2", "code-sets"),
    ("is the CPC exam open book", "cpc-exam"),
    ("what score do you need to pass the CPC", "cpc-exam"),
    ("Is the CPC exam hard?", "cpc-exam"),
    ("what's a good score on the cpc", "cpc-exam"),
    ("can i do the cpc exam from home", "cpc-exam"),
    ("what does cpc-a mean", "cpc-apprentice"),
    ("how do i drop the apprentice from my cpc", "cpc-apprentice"),
    ("what's the difference between cpc and ccs", "certifications-overview"),
    ("which credential is for inpatient hospital coding, the cca or the ccs", "cca-vs-ccs"),
    ("is the cca meant for beginners", "cca-vs-ccs"),
    ("what do you need to sit for the nha cbcs", "cbcs"),
    ("what form does a hospital send to insurers, the ub-04?", "claim-forms"),
    ("what is the 837i", "claim-forms"),
    ("will ai take medical billing jobs", "ai-and-the-future"),
    ("can chat gpt do a coder's job", "ai-and-the-future"),
    ("what is the latest median pay for coders", "pay-today"),
    ("what does aapc's salary survey say", "pay-today"),
    # Both roles named, but the newest figures asked: the entry that gives them for both.
    ("what do billing and coding people earn now according to the latest data", "pay-today"),
    ("your pay numbers seem old", "pay-today"),  # old figures, not an old asker
    # Who asks ("a retiree", "a 60-year-old") is not whether there is an age limit.
    (
        "How many months of study should a retiree expect before being job-ready in billing?",
        "training-length",
    ),
    ("Will employers hire a 60-year-old new coder, or do they prefer younger people?", "coder-competition"),
    ("My husband and I travel in our RV half the year. Could I do coding work on the road?", "remote-work"),
    ("We are retiring to Florida next spring. Can I take my coding work with me?", "relocation"),
    ("will machines take over medical billing jobs", "ai-and-the-future"),  # not the outlook in general
    ("does the bls mention automation for medical records jobs", "ai-and-the-future"),
    ("what do the newest bls projections say about coding jobs", "outlook-today"),
    # What the code sets are for is asked, not a code looked up ("icd 10 for hypertension" is).
    ("is icd-10 for diagnoses and cpt for procedures", "code-sets"),
    # Two of our things side by side: not billing vs coding, not another subject.
    ("cms 1500 vs ub 04, which one do doctors' offices use", "claim-forms"),
    ("what's the difference between all these coding certifications", "certifications-overview"),
    # How long an exam is, not how long training takes.
    ("how long does the cbcs exam take", "cbcs"),
    ("how many hrs do u get for the cpc", "cpc-exam"),
    ("how long do they give you for the cpc exam", "cpc-exam"),
    ("is the 1500 form for doctors", "claim-forms"),  # a claim form is the biller's: not another job's
    ("what form does a hospital send to medicare, the ub-04?", "claim-forms"),
    ("what's the difference between institutional and professional claims", "claim-forms"),
    ("Hi! Quick question about the CPC exam: which code books can I bring in?", "cpc-exam"),  # not pay
]


@pytest.mark.parametrize(("question", "faq_id"), BEYOND_THE_ARTICLE)
def test_questions_beyond_the_article_are_answered_with_sources(advisor: Advisor, question: str, faq_id: str):
    reply = advisor.ask(question)
    assert advisor.ask_result(question).faq_id == faq_id
    assert reply.text == advisor.content.faq[faq_id].answer
    # Every answer names its sources with their dates.
    assert reply.footer.startswith(("Source:", "Sources:")) and re.search(
        r"\((\d{4}|[a-z]+ [A-Z][a-z]{2} \d{4})\)", reply.footer
    )


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("toughest", "tough"),
        ("began", "begin"),
        ("skipping", "skip"),
        ("calmness", "calm"),
        ("stopped", "stop"),
    ],
)
def test_other_forms_of_a_known_word_read_as_it(advisor: Advisor, form: str, base: str):
    words = advisor.index.normalizer.words
    assert words(form) == words(base)


@pytest.mark.parametrize(
    ("message", "faq_id"),
    [("howmuch do coders make", "coder-pay"), ("can billers workfrom home", "remote-work")],
)
def test_two_words_run_together_are_read_apart(advisor: Advisor, message: str, faq_id: str):
    assert advisor.ask_result(message).faq_id == faq_id


def test_skipping_patterns_by_their_words_never_changes_what_they_find(advisor: Advisor):
    # The prefilter must be a pure speed-up: every pattern is also searched without it, on every
    # phrasing and benchmark question, and must find the same topics.
    normalizer = advisor.index.normalizer
    questions = [q.text for q in load_questions()] + [q for _, q in PHRASINGS]
    guarded = normalizer._guarded
    assert sum(p.anchors is not None for p in guarded) > len(guarded) * 0.95
    for question in questions:
        flat = pattern_text(normalizer.spell(question))
        words = set(re.findall(r"\w+", flat)) | ({DIGIT} if any(c.isdigit() for c in flat) else set())
        found = []
        for pattern in guarded:
            if pattern.compiled.search(flat):
                for need in needed_words(pattern.source):
                    assert not need.isdisjoint(words), (question, pattern.topic, pattern.source, need)
                found.append(pattern.topic)
        # …and reading the text (which looks only at the patterns its words open) adds the same
        # topics in the same order.
        added, patterned = normalizer.read(question)
        assert added[: len(patterned)] == list(dict.fromkeys(found)), question


def test_a_pattern_is_filed_under_the_words_the_content_uses_least():
    # Every match holds "how", "much", "make" and a role: filed under "much", the rarest, a
    # text naming a role (most of them) does not open it.
    uses = {"how": 400, "much": 30, "do": 500, "does": 300, "billers": 200, "coders": 200, "make": 90}

    def cost(found: frozenset[str]) -> tuple[int, int]:
        return sum(uses.get(w, 0) for w in found), 0

    regex = r"\bhow much (?:do|does) (?:billers|coders) make\b"
    assert TopicPattern(regex, "pay", cost).anchors == {"much"}
    uses["much"] = 1000
    assert TopicPattern(regex, "pay", cost).anchors == {"make"}


@pytest.mark.parametrize(
    ("regex", "needs"),
    [
        # Every word between word edges, and one of each alternative.
        (
            r"\bhow much (do|does) (billers|coders) make\b",
            [{"how"}, {"much"}, {"do", "does"}, {"billers", "coders"}, {"make"}],
        ),
        # An optional letter makes two words; an optional word is not needed.
        (r"\bcoding audits?\b", [{"coding"}, {"audit", "audits"}]),
        (r"\bwhat (a |an )?(medical )?coders? do\b", [{"what"}, {"coder", "coders"}, {"do"}]),
        # A word runs on across a group: "gonna", or the "to" of "going to".
        (r"\bgo(nna|ing to) code\b", [{"gonna", "to"}, {"code"}]),
        # Open-ended pieces need nothing, but what stands between word edges around them does.
        (r"\bwhat (do|does) .{0,60}\bmake\b", [{"what"}, {"do", "does"}, {"make"}]),
        (r"\b\d+ ?k\b", [{DIGIT}]),
        # …and a word after an open-ended piece that ends in a space is whole: "make" or "earn".
        (r"\bwhat (do|does) ([a-z]+ ){0,3}(make|earn)\b", [{"what"}, {"do", "does"}, {"make", "earn"}]),
        (r"\bbill([a-z]+ )?make\b", []),  # "billmake": no space need come before "make"
        # A word whose end is not known to be a word's edge is not needed as a whole word.
        (r"\bbill(ing|er)?", []),
        (r"coder", []),
        # Lookarounds match nothing; syntax the reader does not know leaves the pattern unguarded.
        (r"\bmake\b(?! sure)", [{"make"}]),
        (r"(?i)\bmake\b", []),
        (r"\b(make)\1\b", []),
    ],
)
def test_the_words_a_pattern_needs_are_read_from_its_source(regex: str, needs: list[set[str]]):
    assert sorted(map(sorted, needed_words(regex))) == sorted(map(sorted, needs))


def test_gibberish_is_not_split_into_words(advisor: Advisor):
    assert advisor.index.normalizer.spell("asdfjkl") == "asdfjkl"


def test_a_real_word_that_makes_no_sense_where_it_stands_is_mended(advisor: Advisor):
    # "hone" is a word, but nobody asks about working "from hone": the content says "from home".
    spell = advisor.index.normalizer.spell
    assert spell("can i work from hone as a biller") == "can i work from home as a biller"
    assert advisor.ask_result("can i work from hone as a biller").faq_id == "remote-work"
    # A word the content uses as it stands is left alone.
    assert spell("is it a myth") == "is it a myth"


def test_a_superlative_asks_what_its_base_word_asks(advisor: Advisor):
    assert advisor.ask_result("toughest thing about medical coding?").faq_id == "coding-difficulty"


@pytest.mark.parametrize("word", ["billion", "personal", "apartment", "interest", "butter", "station"])
def test_words_that_only_look_like_forms_are_left_alone(advisor: Advisor, word: str):
    # "billion" is not "bill", "apartment" is not "apart": a wrong base would change the topic.
    assert advisor.index.normalizer.words(word) == [word]


def test_a_short_question_is_not_declined_for_one_unknown_word(advisor: Advisor):
    # The share of strange words counts the words asked, not the few left once "enter the
    # field" is folded into one topic word.
    result = advisor.ask_result("Is it necessary to go to school to enter the field?")
    assert result.why != "off-topic"
    assert "become-biller" in (result.faq_id, *result.suggestions)


def test_unfamiliar_subject_is_never_answered_outright(advisor: Advisor):
    result = advisor.ask_result("how much do welders make")
    assert result.faq_id is None


@pytest.mark.parametrize(
    "question",
    [
        "do coders make more than billers?",
        "how much do billers and coders make?",
        "salary?",
        "do billers and coders make the same",
        "who gets paid better, billers or coders",
        "compare pay",  # the two roles' pay, not billing and coding in general
        "pay for billers? and coders?",  # the second question extends the first to the other role
        "pay diff?",  # the difference in pay, not the difference between the roles
    ],
)
def test_question_about_both_roles_gets_both(advisor: Advisor, question: str):
    result = advisor.ask_result(question)
    assert result.why == "pair"
    assert {result.faq_id, result.suggestions[0]} == {"biller-pay", "coder-pay"}
    reply = advisor.ask(question)
    text = " ".join(f.value for f in reply.fields)
    assert "$16" in text and "$21" in text
    assert any("█" in line for chart in reply.charts for line in chart.lines())


@pytest.mark.parametrize(
    ("message", "entries"),
    [
        (
            "1. how long is training? 2. do i need a degree? 3. is it remote?",
            ("training-length", "prerequisites", "remote-work"),
        ),
        # "which one pays more" names neither role: both roles' pay answer it, as one question.
        (
            "what's the difference between billing and coding, which one pays more, and which one is easier?",
            ("billing-vs-coding", "biller-pay", "coder-pay", "which-is-easier"),
        ),
    ],
)
def test_a_message_asking_three_things_gets_three_answers(advisor: Advisor, message: str, entries):
    result = advisor.ask_result(message)
    assert (result.why, result.faq_id, *result.also) == ("two", *entries)
    reply = advisor.ask(message)
    assert reply.title == "You asked three things"
    assert [f.name for f in reply.fields] == [_content.faq[i].question for i in entries]
    assert result.as_json()["also"] == list(entries[1:])


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("Is coding hard? Also, how long is training?", ("coding-difficulty", "training-length")),
        ("how much do coders make? can i work from home?", ("coder-pay", "remote-work")),
        ("Is billing stressful; do billers need a certificate", ("billing-stress", "certification")),
        # The role named once carries over: "it" is still coding.
        ("how much do coders make? is it hard to learn?", ("coder-pay", "coding-difficulty")),
        # "and" followed by a new question word starts a second question.
        ("how much do coders make and can i work from home", ("coder-pay", "remote-work")),
        # Chatter before the first question does not hide it.
        (
            "quick question: is billing stressful? also do billers need a cert",
            ("billing-stress", "certification"),
        ),
        # A numbered list, on separate lines or on one.
        ("1. how long is coding training\n2. is it hard", ("training-length", "coding-difficulty")),
        ("1) is billing hard 2) can i work from home", ("billing-difficulty", "remote-work")),
        # …whose items need not be questions.
        (
            "1) pay for billers 2) remote options 3) training length",
            ("biller-pay", "remote-work", "training-length"),
        ),
        # …and so does a bulleted list, as Discord and Slack members type one.
        (
            "questions:\n- pay for coders\n- remote options\n- how long is training",
            ("coder-pay", "remote-work", "training-length"),
        ),
        ("• pay for billers\n• remote options", ("biller-pay", "remote-work")),
        # A comma before a new question word starts one too.
        (
            "Is coding hard, how long does it take and what does it pay?",
            ("coding-difficulty", "training-length", "coder-pay"),
        ),
        # Two topics joined by "and": one question each, about the same role.
        ("what's the pay and the outlook for coders", ("coder-pay", "job-outlook")),
        ("salary and job outlook for billers?", ("biller-pay", "job-outlook")),
        ("how long and how hard is coding training", ("training-length", "coding-difficulty")),
        # "…, is it hard, and…": a comma before "is it" opens a question too.
        (
            "I've been thinking about medical coding. How long does the training take, is it hard, "
            "and do coders really get to work remotely? Thanks so much!",
            ("training-length", "coding-difficulty", "remote-work"),
        ),
        # "first, … second, … third, …" counts the questions; it asks nothing itself.
        (
            "so i have a few questions. first, do billers need a certification? second, how much do "
            "they make? third, is it stressful?",
            ("certification", "biller-pay", "billing-stress"),
        ),
    ],
)
def test_a_message_asking_two_things_gets_both_answers(advisor: Advisor, message: str, asked: tuple):
    result = advisor.ask_result(message)
    assert result.why == "two" and result.sure
    assert (result.faq_id, *result.also) == asked
    reply = advisor.ask(message)
    assert [f.name for f in reply.fields] == [_content.faq[i].question for i in asked]
    assert [f.value for f in reply.fields] == [_content.faq[i].answer for i in asked]
    assert reply.footer.startswith(("Source:", "Sources:")) and "(2019)" in reply.footer


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        # "…and what's…" opens a second question like "…and what…".
        ("What's HCPCS and what's a UB-04?", ("code-sets", "claim-forms")),
        ("Will AI take coding jobs and what's the outlook otherwise?", ("ai-and-the-future", "job-outlook")),
        # A credential named is a topic of its own: "the A" after the CPC exam is the apprentice A.
        (
            "How hard is the CPC exam, and what does the A mean after you pass?",
            ("cpc-exam", "cpc-apprentice"),
        ),
    ],
)
def test_each_question_joined_by_and_is_answered(advisor: Advisor, message: str, asked: tuple):
    result = advisor.ask_result(message)
    assert result.why == "two" and (result.faq_id, *result.also) == asked


@pytest.mark.parametrize(
    ("message", "faq_id"),
    [
        # Context told before the question is not a second question.
        ("I work in retail and hate it. How do I become a coder?", "become-coder"),
        ("I'm 45 with two kids. Is coding hard to learn?", "coding-difficulty"),
        ("can a biller also do coding", "combined-role"),
        ("is coding hard? is it hard to learn?", "coding-difficulty"),  # the same thing twice
    ],
)
def test_one_question_with_context_gets_one_answer(advisor: Advisor, message: str, faq_id: str):
    result = advisor.ask_result(message)
    assert (result.why, result.faq_id) == ("answer", faq_id)


@pytest.mark.parametrize(
    ("message", "why"),
    [
        ("My mom is a medical coder. Thanks!", "thanks"),
        ("I work in medical billing. Are you a bot?", "help"),
        ("I'm studying medical coding. bye", "bye"),
    ],
)
def test_small_talk_ending_a_message_that_asks_nothing_is_small_talk(
    advisor: Advisor, message: str, why: str
):
    result = advisor.ask_result(message)
    assert (result.faq_id, result.why) == (None, why)


def test_thanks_after_a_question_still_gets_the_answer(advisor: Advisor):
    assert advisor.ask_result("How much do coders make? thanks!").faq_id == "coder-pay"


# Messages as people write them in a chat, each with the entry that answers it (None: declined).
MESSAGES_AS_WRITTEN = [
    # A condition named is a word, not a typo ("ptsd" is not "puts"), and "is that possible in
    # billing?" asks about what was told.
    ("veteran with ptsd, i'd prefer working from home. is that possible in billing?", "remote-work"),
    # "…for that?", "Can someone explain?" and "what's different between them?" lean on what was told.
    (
        "So I've been a stay at home mom for 6 years and my youngest just started kindergarten. I want"
        " something I can do from the kitchen table. Is billing or coding realistic for that?",
        "remote-work",
    ),
    (
        "I keep seeing ads for medical coding but I honestly have no idea what it is. Can someone explain?",
        "what-is-coding",
    ),
    (
        "I always thought billing and coding were one job. What's actually different between them?",
        "billing-vs-coding",
    ),
    # "What I'm getting into" is what the job involves, not a way in; "hard to get in" is getting hired.
    (
        "I want to know what I'm getting into. What does a normal workday look like for a biller?",
        "biller-day",
    ),
    ("what am i getting into with coding", "what-is-coding"),
    (
        "I've applied to like 30 billing jobs and heard nothing back. Is it just really hard to get in?",
        "biller-competition",
    ),
    # Background told before (or after) the question weighs less than the question.
    ("I'm 52 and just got laid off. Will I be able to get hired as a coder?", "coder-competition"),
    (
        "I'm a single mom of 3 and work retail. Is it hard to find a job in medical coding?",
        "coder-competition",
    ),
    ("I just graduated high school. How do I become a medical coder?", "become-coder"),
    ("someone told me all coding jobs are remote now. true?", "remote-work"),
    ("Someone said you can become a coder in six weeks. Is that legit?", "training-length"),
    # A plural is not a slip ("emts" is not "emrs"), nor a phrase's plural another topic.
    ("how much do EMTs get paid", None),
    ("What are the best parts about working in this field?", "benefits"),
    # Naming neither role but comparing: both roles, side by side.
    ("Which one makes more money in the long run?", "biller-pay"),
    ("how much does a billing manager at a law firm make", None),
    # Trained in one state, asking about another: moving.
    ("If I get certified in Texas, can I work in Florida?", "relocation"),
    ("how much do coders make in texas", "coder-pay"),
    ("Medical billing jobs are easy to get?", "biller-competition"),
    ("harder?", "which-is-easier"),
    (
        "is it easier to get a job in billing or coding",
        "biller-competition",
    ),  # hired, not learning  # no role named: one against the other
    (
        "My husband thinks medical coding is a dying field because of AI. Is he right? Should I be worried "
        "about job security long term?",
        "job-outlook",
    ),
    (
        "Some people say coding is super easy, others say it's the hardest thing they've ever done. "
        "What's the truth? Is it actually hard?",
        "coding-difficulty",
    ),
    ("I HATE talking on the phone. Which one should I avoid?", "biller-day"),  # both days, side by side
    ("I get bored easily, would coding drive me crazy?", "coder-day"),
    ("I'm bored", None),  # chit-chat, not the job's monotony
    ("is coding a scam", "benefits"),  # the career, not a school
    # Run-on messages: "and I was wondering" turns from telling to asking.
    (
        "hi my name is linda i am 61 and retired from the post office and i was wondering how much money "
        "a medical coder can make part time",
        "coder-pay",
    ),
    ("wat do billers make a hour", "biller-pay"),
    ("what are the good things about working in medical billing", "benefits"),
    ("do i need to pass a test to work as a biller", "certification"),
    ("what is the same about billing and coding", "similarities"),
    # No punctuation: a claim word in the background is not a claim.
    ("how much do coders make i need at least 40k to pay my bills", "coder-pay"),
    ("do i need a certificate for billing my friend got hired without one", "certification"),
    ("how do i become a coder i have no idea where to start", "become-coder"),
    ("im tired of retail is billing a good career change", "benefits"),
    # A name is not a slip of a word we know ("jose" is not "joke", "chen" not "chef").
    ("hi my name is jose, how much do coders make", "coder-pay"),
    ("my name is chen and i wonder how much billers make", "biller-pay"),
    # A question run on into a clause about the asker: the question says what it is about.
    ("is coding worth it i am 50 years old", "benefits"),
    ("do coders need a cpc i have an associates degree already", "certification"),
    ("how do new coders find jobs i have been applying for months", "coder-competition"),
    ("is coding hard if i have adhd", "coding-difficulty"),  # "if I have" goes on
    # …and the other way round, typed without punctuation: what they told, then the question.
    ("i'm terrified of tests do i have to get certified", "certification"),
    ("im a slow reader but good with numbers which would be easier for me", "which-is-easier"),
    ("my boss said i can't get promoted without a cpc is certification that important", "certification"),
    (
        "so i have a newborn and daycare is crazy expensive here "
        "is there any realistic way to do billing from home",
        "remote-work",
    ),
    ("do I need GCSEs or A levels for coding", "prerequisites"),  # British qualifications
    ("how do u start in coding w no experience", "become-coder"),
    # A heading names whom the question is about.
    ("For the billers: what's the split between phone time and computer time in a normal day?", "biller-day"),
    ("once i pass the exam am i set for life", "continuing-education"),
    ("are billing and coding related", "similarities"),
    ("is a 9 month coding program normal", "training-length"),
    # Background says who asks, not what: the question that names its topic is read on its own.
    ("I'm a single mom of 3 and work retail. whats medical billing about", "what-is-billing"),
    ("I'm 52 and just got laid off. What's the pay like?", "biller-pay"),  # both roles, side by side
    ("My cousin does coding and loves it. What's the pay like?", "coder-pay"),  # her role, though
    # …and a part that asks nothing we know is not answered from the background.
    ("I'm studying medical coding. lmao", None),
    # The question leans on what was told: "the current numbers" are the pay just quoted, "that cert"
    # the one just named; and common words ("get rid of", "tabs and notes") are no other subject.
    (
        "The article I read says billers make around 40k but that was a few years ago. "
        "What are the current numbers?",
        "pay-today",
    ),
    (
        "My community college offers a course that ends with the CBCS exam. What is that cert and is it for "
        "billing or coding?",
        "cbcs",
    ),
    (
        "Just passed the CPC!! But my certificate says CPC-A. "
        "What does the A mean and how do I get rid of it?",
        "cpc-apprentice",
    ),
    ("Taking the CPC in 3 weeks. How much time do you actually get and can I tab my books?", "cpc-exam"),
    ("Taking the CPC in three weeks. Can my code books have tabs and notes in them?", "cpc-exam"),
    ("I work in medical billing. what day is christmas", None),
    ("can i do medical coding from my dorm", "remote-work"),
    ("will medical coding still be a thing when im 30", "job-outlook"),
    ("is medical billing a good first job after high school", "benefits"),
    # About the job, not a look-up: the codes coders use, and how they find them.
    ("what codes do coders use", "what-is-coding"),
    ("how do coders look up codes", "coder-day"),
    ("im a veteran, do i qualify for coding training", "prerequisites"),
    ("is it hard for someone with a criminal record to get a billing job", None),  # no source covers it
    # Working part time is about the job's hours; studying part time about training.
    ("can coders work part time", "coder-day"),
    ("can i do the coding course part time", "training-length"),
    ("what does a medical coder do all day long", "coder-day"),
    # A formal voice.
    (
        "What are the projected employment trends for health information technicians specializing in coding?",
        "job-outlook",
    ),
    ("Which competencies are most predictive of success in medical coding?", "coder-traits"),
    # Emoji that stand for a word.
    ("💰 coders?", "coder-pay"),
    ("can i code from 🏠", "remote-work"),
    # Keywords, as typed into a search box.
    ("start coding career", "become-coder"),
    ("outpatient coding", "coder-workplace"),
    ("biller schedule", "biller-day"),
    ("what's 15% of 80", None),  # a number some phrasing mentions is not a topic
    ("what's the salary for a medical secretary", None),
    # "Coding" the way children and hobbyists mean it.
    ("is coding hard for a 10 year old", None),
    ("can i learn coding on my ipad", None),
    ("is coding a good hobby", None),
    ("what laptop do i need for medical coding from home", "remote-work"),
    ("No college degree. Can I still do medical coding?", "prerequisites"),
    ("I'm 52 and just got laid off. medical billing job description", "what-is-billing"),
    ("I'm a nurse. How long does coding training take?", "training-length"),
    ("I'm studying medical coding. How much will I make?", "coder-pay"),
    ("billing or coding, which one is less of a headache to learn", "which-is-easier"),
    ("This might sound silly but how long does it take", "training-length"),
    # Chatter, greetings and apologies around a question are dropped.
    ("Hey there friends, good career?", "benefits"),
    ("do i need college for this? thoughts?", "prerequisites"),
    ("Long story short, how do I become a medical coder?", "become-coder"),
    ("asking for a friend - can you work from home as a biller?", "remote-work"),
    ("Not gonna lie, do i need college for this", "prerequisites"),
    ("sorry if this is a dumb question but do billers need a certification? tia", "certification"),
    ("what do coders do all day? Sorry for the long post. Have a great day!", "coder-day"),
    ("Once you're certified do you have to keep earning credits or whatever?", "continuing-education"),
    ("English is my second language, sorry. biller salary per year", "biller-pay"),
    ("This might sound silly but good career?", "benefits"),
    # A formal register, with words of its own for each topic.
    ("What's the time commitment to get trained?", "training-length"),
    ("Does my credential travel with me across state lines?", "relocation"),
    ("Which of the two has a gentler learning curve?", "which-is-easier"),
    ("Is this occupation expanding?", "job-outlook"),
    ("What's the process for entering the medical coding profession?", "become-coder"),
    ("How easy is it for a newly trained biller to secure employment?", "biller-competition"),
    ("In what environments do medical coders typically work?", "coder-workplace"),
    ("Can you explain how billing and coding are distinct?", "billing-vs-coding"),
    # A casual register.
    ("what do i gotta do to be a coder", "become-coder"),
    ("are billing jobs hard to snag right now", "biller-competition"),
    ("are coding jobs gonna be around in 10 yrs", "job-outlook"),
    ("break down medical billing for me", "what-is-billing"),
    # Stretched words, digits for words and British usage.
    ("is medical coding haaaaard", "coding-difficulty"),
    ("were do medical coders work", "coder-workplace"),  # "were" before "do" is "where"
    ("do i need collage to do medical coding", "prerequisites"),
    ("r there enuf billing jobs for newbies", "biller-competition"),
    ("how 2 become a medical coder", "become-coder"),
    ("is coding 4 ppl who love biology", "coder-traits"),
    ("does training take 2 years", "training-length"),
    ("do i need to go to uni to be a coder", "prerequisites"),
    ("can you work as a biller without being qualified", "certification"),
    # Asking what the job is holds against anything else said; explaining a difference or a day is not that.
    ("I'm a single mom of 3 and work retail. What do medical coders do?", "what-is-coding"),
    ("Been lurking a while. What even is medical billing?", "what-is-billing"),
    ("what is medical coding, i keep hearing about it at work", "what-is-coding"),
    ("can someone explain billing vs coding like im five", "billing-vs-coding"),
    ("describe a medical billers day", "biller-day"),
    # A slip next to a role is the role ("coer" is "coder" sooner than "core").
    ("what does a coer do in healthcare", "what-is-coding"),
    ("can i work from home as a medical coer", "remote-work"),
    # Less common words for a topic.
    ("is it hard to locate a job in medical billing", "biller-competition"),
    ("what competencies does a medical coder need", "coder-traits"),
    ("how lengthy is medical billing training", "training-length"),
    # What is asked decides whether a message is ours, not a role named in the background.
    ("I work in medical billing. How much do teachers make?", None),
    ("I'm a medical coder. How do I learn Python?", None),
    ("I work in medical billing. What's your favorite color?", None),
    ("I have a bachelor's in biology. What's the weather like?", None),
    # Long posts are read sentence by sentence ("…medical billing. My current pay…" is not "billing my").
    (
        "Thinking of leaving my admin job for medical billing. My current pay is $17/hr. "
        "Would I be taking a pay cut as a new biller?",
        "biller-pay",
    ),
    ("Can any coders here describe what you actually do from 8 to 5? Trying to picture it.", "coder-day"),
    ("Trying to learn Python for data science. Is it better to use Jupyter or VS Code?", None),
    # Needs said without the usual words; parents coding around their kids are not teaching kids to code.
    ("can I do coding from home with my kids", "remote-work"),
    ("can my kids learn coding", None),
    ("will this job even exist in 10 years", "job-outlook"),
    ("do coders ever get to talk to anyone or is it just you and the computer", "coder-day"),
    # "Is that right?" after a remark asks about the remark; a question of its own does not.
    ("a recruiter told me I can't get hired without a CPC. is that right?", "certification"),
    # A subject no source covers, mentioned in passing, is not what is asked.
    (
        "I'm self-taught and can't afford the exam yet. "
        "Could I get hired as a coder without a certification?",
        "certification",
    ),
    ("my friend says she does medical billing but i don't really understand what that is", "what-is-billing"),
    ("I'm so tired lately. Is it normal to need 10 hours of sleep?", None),
    # Asking why people choose the field is not asking which to choose; the entry comparing both
    # roles wins over a lower pair of twins.
    ("Why would someone pick billing or coding as a career in the first place?", "benefits"),
    ("i want to know is billing and coding difficult", "which-is-easier"),
    # A heading naming the roles is the subject, not background.
    ("billers vs coders: who does the claims?", "billing-vs-coding"),
    ("at my clinic the front desk lady does both billing and coding is that normal", "combined-role"),
    ("why do people leave retail for medical billing", "benefits"),
    ("is the bls growth number for billing real", "outlook-today"),
    # "after that" is the GED just mentioned, not "after I'm certified"; "11th grade" is school.
    (
        "I dropped out in 11th grade but I'm getting my GED next month. "
        "Can I start a billing course after that?",
        "prerequisites",
    ),
    ("I'm super introverted and love puzzles and details. Does that sound like a coder?", "coder-traits"),
    (
        "I'm 30, no college, worked fast food my whole life. Where do I even start with medical billing?",
        "become-biller",
    ),
    (
        "I keep hearing billing and coding like it's one thing. What does each person actually do?",
        "billing-vs-coding",
    ),
    # "For me" leans on what was told: the pressure, not "no idea what billing is".
    ("I cry easily under pressure lol. Is billing a bad idea for me?", "billing-stress"),
    (
        "My cousin is a biller and always seems to be on the phone. Is that what the job is mostly?",
        "biller-day",
    ),
    (
        "hey all, 3rd week into my coding course and loving it. realistically what do new coders start at?",
        "coder-pay",
    ),
    # Indian English: a "fresher" is a beginner, "same or different" asks the difference.
    ("is it difficult for freshers to get medical coding job", "coder-competition"),
    ("medical coding is tough or easy for bsc nursing graduate", "coding-difficulty"),
    ("medical coding and medical billing both are same or different", "billing-vs-coding"),
    ("is cpc mandatory for freshers to get job", "certification"),
    # What is only told is not what is asked: picking between programs is picking between roles.
    (
        "Which did you find easier to learn, billing or coding? I'm torn on which program to pick.",
        "which-is-easier",
    ),
    ("can 1 person do billing n coding", "combined-role"),
    ("how do i becum a medical coder", "become-coder"),
    # Short forms and negated questions.
    ("coder uniform", "coder-workplace"),
    ("coder jobs scarce?", "coder-competition"),
    ("billing career start", "become-biller"),
    ("coder workload", "coder-day"),
    ("can't i just learn billing on the job without a certificate", "certification"),
    ("nobody will hire me for billing, is it always this hard", "biller-competition"),
    ("it doesn't take years to train for billing does it", "training-length"),
    ("i'm not good on the phone, would billing be wrong for me", "biller-traits"),
    ("what is billing in a doctor's office", "what-is-billing"),
    ("should i become a medical coder", "benefits"),
    ("how do i keep my cpc active", "continuing-education"),
    ("🏠 billing jobs?", "remote-work"),
    ("can u work from ur room as a coder", "remote-work"),
    ("is coding gonna be a thing in 10 yrs", "job-outlook"),
    ("is medical coding a good career for a single mom", "benefits"),
    # A phrase stops at a sentence's end: "loves it. Certification…" is no "IT certification".
    ("My cousin does this and loves it. certification needed?", "certification"),
    (
        "I have a bachelor's in biology. is it normal for one person to do both coding and billing",
        "combined-role",
    ),
    # Stretched and slipped words: a doubled letter typed once, a stretched role, a question word.
    ("certified vs not certified, does it mater for billing", "certification"),
    ("do billing and codddding overlap a lot", "similarities"),
    ("is medical bilig hard to learn", "billing-difficulty"),
    ("if i'm a coder am i also a biller? whhhhats the difference", "billing-vs-coding"),
    ("tell me should i become a medical biller", "benefits"),
    ("Tell me about billing pay.", "biller-pay"),
    ("do coders work nights", "coder-day"),
    ("Please walk me through becoming a medical biller.", "become-biller"),
    # A credential names its role.
    ("What's a realistic salary for a new CPC-A?", "coder-pay"),
    ("Is medical billing a good side hustle?", "benefits"),
    ("Which did you find easier, the billing side or the coding side?", "which-is-easier"),
    ("Do you have to pay for CEUs yourself?", "continuing-education"),
    # A likeness asks what the job is: "billers are like accountants?", "is coding like data entry".
    ("so billers are like accountants for doctors?", "what-is-billing"),
    ("is medical coding like data entry", "what-is-coding"),
    ("what is coding like day to day", "coder-day"),
    # Setting programming aside says which coding is meant.
    ("what is coding exactly (the medical kind not programming)", "what-is-coding"),
    ("how much do coders make, not programmers", "coder-pay"),
    ("skills that apply to both billing and coding", "similarities"),
    ("is billing high stakes", "billing-stress"),
    ("is there yearly training for billers", "continuing-education"),
    # Another job named only as who said it is not set beside ours.
    ("our teacher said billing is easier than coding, agree?", "which-is-easier"),
    ("are certificates from online programs respected by employers", "certification"),
    # Who said a claim is chatter; "agree?" asks about the claim.
    ("my friend says all coding jobs are remote now, is that true?", "remote-work"),
    ("I was told billing is easier to learn than coding. agree?", "which-is-easier"),
    ("is billing mostly phone work or computer work", "biller-day"),
    ("do billing and coding use the same software", "similarities"),
    ("do i have to pick one role or the other", "combined-role"),
    ("can experience replace certification", "certification"),
    ("what does medical billing mean in simple terms", "what-is-billing"),
    ("can billing support a single person", "biller-pay"),
    ("which has the shorter learning curve", "which-is-easier"),
    ("do billers need the same certification as coders", "certification"),
    # "Any advice?" after a worry asks about the worry.
    ("I'm thinking about billing but I worry about the stress. Any advice?", "billing-stress"),
    # Which role does what, and in what order, is the difference between them.
    ("which one deals with insurance, billing or coding?", "billing-vs-coding"),
    ("is coding the part before billing", "billing-vs-coding"),
    ("what does a biller do after the coder is done", "billing-vs-coding"),
    ("for a beginner, billing or coding?", "which-is-easier"),
    ("can you work as both at a small doctor's office", "combined-role"),
    ("do coders work in physician practices", "coder-workplace"),
    ("could i handle billing and coding at the same clinic", "combined-role"),
    ("billing or coding for someone who's not great at science", "which-is-easier"),
    ("are there more coders than coding jobs", "coder-competition"),
    ("is patience important for billers", "biller-traits"),
    ("how do i enter the billing field", "become-biller"),
    ("my instructor said we have to keep doing CEUs forever. really?", "continuing-education"),
    ("will i be able to get a billing job", "biller-competition"),
    ("how likely am i to get a coding job", "coder-competition"),
    # A computer in a sentence about coding is not programming unless it is bought or coded on.
    ("My dad says computers will do all the coding soon. Is there a future for coders?", "job-outlook"),
    ("I passed the CPC last week! What do I need to do to keep it?", "continuing-education"),
    # No role named and the two roles' entries tied: the entry weighing both.
    ("difficulty?", "which-is-easier"),
    ("is it hard?", "which-is-easier"),
    ("do billers work with spreadsheets", "biller-day"),
    ("which is less math heavy, billing or coding", "which-is-easier"),
    ("can you get a coding job without experience", "coder-competition"),
    ("is being bilingual useful for billing", "biller-traits"),
    ("do coders get bonuses", "coder-pay"),
    ("do coders work holidays", "coder-day"),
    ("do billers work in teams", "biller-day"),
    ("can i do coding while traveling", "remote-work"),
    ("is medical billing a respected job", "benefits"),
    ("what software do coders use", "coder-day"),
    ("how hard is it to land a billing role", "biller-competition"),
    ("how do i train to be a biller", "become-biller"),
    ("billing is driving me crazy, is it always like this", "billing-stress"),
    ("honestly was going into billing a mistake", "benefits"),
    ("I want to be a coder but have no experience, what should I do?", "become-coder"),
    ("in simple words how is coding different from billing", "billing-vs-coding"),
    ("summarize medical billing", "what-is-billing"),
    ("what are the main chores of a medical biller", "biller-day"),
    ("how do coders and billers split the work", "billing-vs-coding"),
    ("where does coding end and billing begin", "billing-vs-coding"),
    ("are billing jobs on the rise", "job-outlook"),
    ("is the billing field cutthroat", "biller-competition"),
    ("are billers often coders too", "combined-role"),
    ("can i be done with coding school by june", "training-length"),
    ("do coders make 6 figures", "coder-pay"),
    ("do programs teach billing and coding together", "combined-role"),
    ("does the course teach coding and billing", "combined-role"),
    ("the quiz said billing fits me, now what?", "become-biller"),
    # "vs." is an abbreviation, not the end of a sentence.
    ("what do coders make vs. billers", "biller-pay"),
    ("do you have to be smart to be a coder", "coder-traits"),
    ("what kind of companies hire medical coders", "coder-workplace"),
    (
        "I'm making $12 an hour at a gas station. "
        "If I switched to billing would I be making noticeably more?",
        "biller-pay",
    ),
    (
        "I'm certified in New York but my family is moving to North Carolina. "
        "Do I need to get certified again?",
        "relocation",
    ),
    (
        "My cousin works in billing and my neighbor does coding, but I can't tell what the difference "
        "between their jobs is. Can you explain?",
        "billing-vs-coding",
    ),
    # Chat markup names no word; interjections are everyday words.
    ("<@U123ABC> can billers work from home?", "remote-work"),
    ("<:pepe_sad:123456789012345678> is coding hard", "coding-difficulty"),
    ("hmm ok so which is easier 🤷", "which-is-easier"),
    ("I'm a nurse, should I do billing or coding?", None),  # the choice is ours: quiz and comparison
    ("I'm a CNA. billing vs coding?", "billing-vs-coding"),
    # A claim checked after a word about oneself: the claim is the subject, the rest background.
    (
        "I'm a single mom of 3 and work retail. everyone says coding is really hard. is it?",
        "coding-difficulty",
    ),
    (
        "I'm a single mom of 3 and work retail. i keep reading that there are no entry level coding jobs. "
        "is that true?",
        "coder-competition",
    ),
    ("can you tell me what does a biller do at work", "what-is-billing"),
    ("can you tell me about billing", "what-is-billing"),
    ("i want to know what is the medical billing process", "what-is-billing"),
    # "X vs Y <topic>" asks about the topic; an email's request asks too.
    ("billing vs coding certification", "certification"),
    ("billing vs coding requirements", "prerequisites"),
    (
        "Hello, I hope you are well. I am considering a career in medical coding and would like to know "
        "the typical salary. Thank you.",
        "coder-pay",
    ),
    (
        "Dear advisor, I would appreciate information on how long it takes to complete medical coding "
        "training. Best wishes.",
        "training-length",
    ),
    (
        "Greetings. I am curious about the long-term prospects for medical coders. "
        "Any information would be appreciated.",
        "job-outlook",
    ),
    # "Can I still…" leans on the clause just before it, not on everything told.
    (
        "I'm a single mom of 3 and work retail. no college degree, can i still do medical coding",
        "prerequisites",
    ),
    # Asking for someone else, and English as a second language.
    (
        "my daughter wants to get into medical billing after high school, where does she start",
        "become-biller",
    ),
    ("my mom is great on the phone and organized, is billing a fit for her", "biller-traits"),
    ("my son said he's studying medical coding, what even is that", "what-is-coding"),
    ("why would i push my kids toward billing or coding instead of college", "benefits"),
    ("why people choose this billing coding career", "benefits"),
    ("i want become medical coder, what i must do", "become-coder"),
    ("if i change city i lose my coder job?", "relocation"),
    # Phone keyboards: the commoner of two equally near words, and a slip that is a real word.
    ("how much do medical coders mame", "coder-pay"),
    ("can coders work form home", "remote-work"),
    # Military families, study-group threads and money talk.
    ("if we get orders to another base can i keep my coding job", "relocation"),
    ("how long would coding school take if i use my GI bill", "training-length"),
    ("why do so many vets go into medical billing and coding", "benefits"),
    ("will there be coding work for the next ten years or so", "job-outlook"),
    ("hey all, can someone break down billing vs coding for me", "billing-vs-coding"),
    ("what are billers making in your area", "biller-pay"),
    ("how long did it take you all to land a coding job", "coder-competition"),
    ("can coders hit 60k", "coder-pay"),
    ("do coders get paid weekly or what", "coder-pay"),
    ("billing or coding for a slow learner", "which-is-easier"),
    ("is it easier to become a biller than a coder", "which-is-easier"),
    ("what do coders do between 9 and 5", "coder-day"),
    # Swearing is not a typo: "shit" is not "shift".
    ("is billing shit pay", "biller-pay"),
    # Whether another background is needed first (a common question where coding is outsourced).
    ("non nurse can apply as medical coder?", "prerequisites"),
    ("is it required to be a nursing graduate to be a coder", "prerequisites"),
    # Practical details of the job.
    ("do coders need to type fast", "coder-traits"),
    ("do billers need to know excel", "biller-traits"),
    ("are there part time coding jobs", "coder-day"),
    ("are hospitals still hiring coders", "job-outlook"),
    ("if i hate talking on the phone would coding be better for me", "coder-traits"),
    # A subject set aside is not what is asked, nor background to it.
    ("Forget salary for a second, do I actually need a certification to get a coding job?", "certification"),
    ("Pay doesn't matter to me. Can I work from home as a biller?", "remote-work"),
    # The field's own talk, as on its forums.
    ("is coding just data entry", "coder-day"),
    ("why does every coding job want 2 years experience", "coder-competition"),
    ("is offshoring killing coding jobs", "job-outlook"),
    ("pro fee vs facility coding, where do most coders work", "coder-workplace"),
    ("do billers do prior auths", "biller-day"),
    ("is credentialing part of a biller's job", "biller-day"),
    ("do coders work for physician groups", "coder-workplace"),
    ("do coders need good reading comprehension", "coder-traits"),
    ("do you need to be persistent to be a biller", "biller-traits"),
    ("do billers and coders use the same terminology", "similarities"),
    ("what happens if i let my certification lapse", "continuing-education"),
    ("can i get trained in billing over a summer", "training-length"),
    ("do most people do just billing or just coding", "combined-role"),
    ("is it common to be a biller-coder", "combined-role"),
    # "What about coders?" after something said of billers asks it of coders.
    ("you said billers make about $18, what about coders", "coder-pay"),
    ("coding is hard to learn. and billing?", "billing-difficulty"),
    ("I'm studying medical coding. what about billing?", "what-is-billing"),
    ("and coders make how much then", "coder-pay"),
    ("how does a claim go from the coder to the biller", "billing-vs-coding"),
    ("are billing and coding jobs safe from recession", "job-outlook"),
    ("is billing good for someone who likes talking to people", "biller-traits"),
    # Moving over from a neighbouring job, and a course just finished.
    ("front desk receptionist here, how do i move up into billing", "become-biller"),
    ("i work retail and deal with angry customers, would that help in billing", "biller-traits"),
    ("halfway through my coding course, what should i be doing to get a job after", "become-coder"),
    ("just finished my course, should i sit for the cpc right away", "certification"),
    ("graduated last month and applied to 40 coding jobs with no luck, is that normal", "coder-competition"),
    # What a video or an ad said is a claim to check; who said it is chatter.
    ("saw a video saying coding is super easy, is that true", "coding-difficulty"),
    ("why does everyone on tiktok say they can't get a coding job", "coder-competition"),
    ("will coding fry my brain", "coding-difficulty"),
    ("does billing wear you down", "billing-stress"),
    ("which path is gentler for a total newbie", "which-is-easier"),
    ("billing 101", "what-is-billing"),
    # Saying what one wants or is thinking about, without a question.
    ("i wanna be a medical biller", "become-biller"),
    ("ready to start my coding journey!", "become-coder"),
    ("i've decided to go into billing", "become-biller"),
    ("thinking about medical coding", "what-is-coding"),
    # Working hours and study hours.
    ("is billing a monday to friday job", "biller-day"),
    ("do coders get breaks", "coder-day"),
    ("how many hours a week should i study for coding", "training-length"),
    ("how many hours is a billing course", "training-length"),
    ("why billing?", "benefits"),
    ("Career changer at 40 (teacher). What's the most direct path into coding?", "become-coder"),
    # "Which of the two…" about a topic other than learning.
    ("who works from home more, billers or coders", "remote-work"),
    ("which is easier to get hired in, billing or coding", "biller-competition"),
    # A role set aside ("coders, not billers") is not asked about.
    ("sorry i meant coders not billers, how much do they make", "coder-pay"),
    ("not billing, coding: is it hard?", "coding-difficulty"),
    ("talking about coding jobs only, are they hard to get", "coder-competition"),
    ("do coders work at urgent cares", "coder-workplace"),
    # A school's FAQ, naming no role.
    ("What certifications will I be prepared for?", "certifications-overview"),
    ("Will I be able to work from home after graduation?", "remote-work"),
    ("i want to do billing, what's step one", "become-biller"),
    ("coding jobs: easy or hard to get?", "coder-competition"),
    ("coding remote: yes or no?", "remote-work"),
    # "…still…" leans on what was told only when it names no topic of its own.
    ("I was a medical assistant for 8 years. Do I still need to get certified for coding?", "certification"),
    ("nobody will hire me for billing, is it always this hard", "biller-competition"),
    # Sarcasm and idiom.
    ("billing is basically a phone job lol?", "biller-day"),
    ("let me guess, coders make peanuts?", "coder-pay"),
    ("billing sounds like a nightmare, is it?", "billing-stress"),
    ("6 week courses are a joke right? how long does it really take", "training-length"),
    ("does billing eat you alive", "billing-stress"),
    ("is coding a walk in the park", "coding-difficulty"),
    ("do coders rake it in", "coder-pay"),
    ("is coding a sinking ship", "job-outlook"),
    ("is it a dog fight to get a coding job", "coder-competition"),
    ("is coding a snooze fest", "coder-day"),
    ("is coding a golden ticket", "benefits"),
    ("do you have to be a nerd to be a coder", "coder-traits"),
    ("can you make a killing in billing", "biller-pay"),
    ("is coding brain surgery or what", "coding-difficulty"),
    ("can coders work from the beach", "remote-work"),
    ("do billers lose sleep over work", "billing-stress"),
    ("is coding a grind", "coder-day"),
    ("is billing a solid career move", "benefits"),
    ("is coding here to stay", "job-outlook"),
    ("do billers need nerves of steel", "biller-traits"),
    ("how do i get my start in billing", "become-biller"),
    ("which is the path of least resistance, billing or coding", "which-is-easier"),
    ("are billing and coding two peas in a pod", "similarities"),
    ("can i wear both hats, billing and coding", "combined-role"),
    ("will coding make my head spin", "coding-difficulty"),
    ("are coding jobs few and far between", "coder-competition"),
    ("can billers work off site", "remote-work"),
    ("what do i need under my belt before coding school", "prerequisites"),
    # A role and one word about the work.
    ("billing fun?", "biller-day"),
    ("coding creative?", "coder-day"),
    ("billing social?", "biller-day"),
    # Workplace words: hybrid, screen time, entrance exams, dealbreakers, upkeep, crossover.
    ("is billing a career with longevity", "job-outlook"),
    ("do coding jobs offer hybrid schedules", "remote-work"),
    ("is there a lot of screen time in coding", "coder-day"),
    ("do coding programs have entrance exams", "prerequisites"),
    ("is being certified a dealbreaker for employers", "certification"),
    ("how much upkeep does a coding certification need", "continuing-education"),
    ("is there a lot of crossover between billing and coding", "similarities"),
    ("what's the game plan for becoming a coder", "become-coder"),
    ("are coding roles mostly distributed teams now", "remote-work"),
    ("what kpis do coders get measured on", "coder-day"),
    ("what's the onboarding time for a new coder", "training-length"),
    ("is a credential table stakes for coding jobs", "certification"),
    ("what hard skills do coders need", "coder-traits"),
    ("what's the career entry point for billing", "become-biller"),
    ("are there going to be enough coding jobs", "job-outlook"),
    ("is learning ever done in coding", "continuing-education"),
    # Pay written as figures.
    ("coders make 25/hr?", "coder-pay"),
    ("is 40k normal for billers", "biller-pay"),
    ("do coders work a 40 hour week", "coder-day"),
    # Addressing the advisor itself.
    ("yo advisor how long is training", "training-length"),
    ("hey billing bot what do coders do all day", "coder-day"),
    # Worries put as "what if…".
    ("what if i can't afford childcare, can i work from home", "remote-work"),
    ("what if i'm 50, how do i even start in coding", "become-coder"),
    # A credential naming a person is the role, not the certification topic.
    ("Remote coding jobs for CPC-A?", "remote-work"),
    ("what do jobs pay for a cpc", "coder-pay"),
    # A headline's last topic word is what it is about.
    ("remote coder pay", "coder-pay"),
    # Another job said of oneself is where the asker stands; the question is about ours.
    ("I'm a teacher. Do I need a certification?", "certification"),
    ("I'm a nurse. how long does training take?", "training-length"),
    ("I'm a pharmacy tech. Do I need a degree?", "prerequisites"),
    # Filipino and Indian English: "shift career" is a change of career, not a work shift.
    ("im nurse graduate, how to shift career to medical coding?", "become-coder"),
    ("what is same between billing and coding", "similarities"),
    ("how long till im job ready??", "training-length"),
    ("when will i be job ready", "training-length"),
    ("Does billing involve a lot of calls?", "biller-day"),
    ("Are there billing jobs in small towns?", "biller-competition"),
    # "long" inside the phrase asking about getting hired only qualifies it; "after school" is done.
    ("how long does it take to find a coding job after school", "coder-competition"),
    ("I have worked front desk at a clinic. Do I still need to get certified?", "certification"),
    ("i don't want to work in a hospital, do coders work anywhere else", "coder-workplace"),
    ("i'm a coder, can i also take on billing at my office", "combined-role"),
    # Having moved to the other role is a change of job, not of home.
    ("i moved to coding last year, do i need a cert", "certification"),
    ("as a biller making 17 an hour, would coding pay more", "coder-pay"),
    # Text speak: "wit" is with, "shud" should; "if she became a coder" only sets the condition.
    ("can i wrk in anothr state wit my certifcate", "relocation"),
    ("y shud i get into medcal billing", "benefits"),
    ("where would my daughter work if she became a coder", "coder-workplace"),
    ("i love puzzles and research, does that fit medical coding", "coder-traits"),
    # Formal letters and forum headings.
    ("I am 67 years young and would like to learn medical billing. Where would I begin?", "become-biller"),
    ("Dear Sir or Madam, I wish to inquire whether medical coders may work from their homes.", "remote-work"),
    ("I do not understand the distinction between billing and coding. Please clarify.", "billing-vs-coding"),
    ("Discussion: will medical coding still be a job in 2035?", "job-outlook"),
    # A toddler's age is not the asker's.
    ("got a 2 year old at home, any coding jobs i can do from the house", "remote-work"),
    ("lots of billing jobs around or nah", "biller-competition"),
    ("is the biller or the coder the one who sends claims", "billing-vs-coding"),
    ("the clinic near me wants someone for billing and coding, is that common", "combined-role"),
    # Questions put to the study group ("Coders: how much are you making?").
    ("Coders: how much are you making? Thinking of switching careers.", "coder-pay"),
    ("What do you love most about coding?", "benefits"),
    ("do coders have to know a lot of medical stuff", "prerequisites"),
    # Opinions asked for: what the career is worth.
    ("thoughts on medical billing as a career?", "benefits"),
    ("how is medical billing as a career", "benefits"),
    ("medical coding as a career?", "benefits"),
    ("what's the catch with medical billing", "benefits"),
    # Spanish speakers' English ("how much win", "for be") and billing from abroad.
    ("how much win a medical coder in usa", "coder-pay"),
    ("what i need for be medical coder", "become-coder"),
    ("if i change of state i can work same?", "relocation"),
    ("can i do us medical billing from the philippines", "remote-work"),
    # Being moved into the other role by an employer is a change of job.
    ("they want to move me into coding", "become-coder"),
    # What the roles are, asked sideways.
    ("why do doctors need coders", "what-is-coding"),
    ("who are medical billers", "what-is-billing"),
    ("is medical coding the same as programming", "what-is-coding"),
    ("is billing a lot of data entry", "biller-day"),
    ("y'all how long did the job hunt take after getting certified in coding", "coder-competition"),
    # "must" is a modal, like "should": it names no topic ("must i be certified" is certification).
    ("what must i have before enrolling in a billing course", "prerequisites"),
    ("what draws people to medical coding", "benefits"),
    ("can billing and coding be done by the same employee", "combined-role"),
    ("do credentials need to be maintained with classes", "continuing-education"),
    ("how does a person go about entering medical billing", "become-biller"),
    ("are billing and coding often merged into one role", "combined-role"),
    ("between billing and coding, which is less of a grind to learn", "which-is-easier"),
    ("are coding jobs going to grow", "job-outlook"),
    ("do coders have to keep getting trained", "continuing-education"),
    ("what's the job forecast for coders", "job-outlook"),
    ("what kind of brain do you need for coding", "coder-traits"),
    ("what does it take to be a good biller", "biller-traits"),
    ("is learning ever over for coders", "continuing-education"),
    ("time to become a biller?", "training-length"),
    ("would i need more school after getting certified", "continuing-education"),
    ("would i be happy in medical billing", "benefits"),
    # How the two roles relate: one hands off to the other; the role left behind is not asked about.
    ("do billers rely on coders", "billing-vs-coding"),
    ("can a biller become a coder without starting over", "become-coder"),
    ("billers make like nothing right?", "biller-pay"),
    # Phone slips: "hour" for "how", "coating" for "coding" after "medical".
    ("hour much do medical coders make", "coder-pay"),
    ("is medical coating hard to learn", "coding-difficulty"),
    ("coding dead?", "job-outlook"),
    ("Hiya, my cousin wants to get into coding, what should she do first?", "become-coder"),
    # "How long" qualifies what follows it: the time to get hired is about getting hired.
    ("how long does it take most new coders to get hired", "coder-competition"),
    ("how long did your job search take after the cpc", "coder-competition"),
    ("how long do coders spend on each chart", "coder-day"),
    ("for someone with no medical background, billing or coding", "which-is-easier"),
    # Skills that transfer are what the roles share; a certificate that transfers is moving.
    ("are billing and coding skills transferable to each other", "similarities"),
    ("is my billing certificate transferable to texas", "relocation"),
    ("what does billing do in a medical office", "what-is-billing"),
    # Money to live on is pay, even with a loan or the rent in it.
    ("is coding enough to pay off student loans", "coder-pay"),
    ("could billing cover my rent in a big city", "biller-pay"),
    ("what's the first thing i should learn to become a biller", "become-biller"),
    ("do billing companies hire beginners", "biller-competition"),
    ("are hospitals picky about hiring new coders", "coder-competition"),
    ("will telehealth change coding jobs", "ai-and-the-future"),
    ("should i learn billing and coding or just one", "combined-role"),
    ("are billers overworked", "billing-stress"),
    ("is a biller basically a coder", "billing-vs-coding"),
    ("how is billing like coding", "similarities"),
    ("will my coding credentials work in california", "relocation"),
    ("i'm 58 and just got certified, will anyone hire me as a coder", "coder-competition"),
    ("i notice tiny mistakes everywhere, would that help as a coder", "coder-traits"),
    ("how much phone time does a biller have", "biller-day"),
    ("billing and coding at the same job, common?", "combined-role"),
    ("is billing good for someone who likes talking", "biller-traits"),
    # Run-on messages with no punctuation.
    (
        "ok so i want to become a medical coder but i have no idea where to even start what do i do first",
        "become-coder",
    ),
    (
        "i cant decide between billing and coding and i want to pick the one that is easier to learn "
        "because i have been out of school a long time",
        "which-is-easier",
    ),
    (
        "the school near me has a program that teaches billing and coding together and i want to know "
        "if jobs really want people who can do both",
        "combined-role",
    ),
    ("easier: coding vs billing", "which-is-easier"),
    ("is it ok if i'm slow but accurate, or do coders need to be fast", "coder-traits"),
    ("if i wanted to start billing next month what would i do first", "become-biller"),
    # Who said a claim is not what it is about; "is that real?" and "are they?" ask whether it holds.
    ("my cousin says nobody hires new coders. is that real", "coder-competition"),
    ("my teacher said billers and coders are the same job now, is that right", "billing-vs-coding"),
    ("my friend says billing and coding are the same thing. are they?", "billing-vs-coding"),
    ("Unpopular opinion: coding is harder than billing. Agree?", "which-is-easier"),
    ("my counselor mentioned medical coding, is it like computer coding?", "what-is-coding"),
    ("can a computer do a coder's job", "job-outlook"),
    ("i'm a dental assistant, do coders have to keep up with training like we do", "continuing-education"),
    ("can medical coders work from there house", "remote-work"),
    ("What made you choose billing/coding as a career?", "benefits"),
    ("i'm burnt out from nursing, why would billing be a better career", "benefits"),
    # "Most common" is no similarity; a threat to jobs is the outlook.
    ("the most common certification for coders", "certifications-overview"),
    ("common things between billers and coders", "similarities"),
    ("what's the biggest threat to coding jobs", "job-outlook"),
    ("how many interviews did it take to land a coding job", "coder-competition"),
    # A piece naming only a role says whom the other piece asks about.
    ("and billers, what do they make", "biller-pay"),
    (
        "billers of discord, how do you not lose your mind on the phone with insurance all day",
        "billing-stress",
    ),
    ("does experience count instead of a cert for billing", "certification"),
    ("which is better for someone shy, billing or coding", "which-is-easier"),
    # The formal register: a letter's words are no other subject.
    ("Which of the two disciplines presents a gentler learning curve?", "which-is-easier"),
    ("To what extent are medical coding positions available on a remote basis?", "remote-work"),
    ("Is professional certification a prerequisite for employment as a medical coder?", "certification"),
    ("In what respects do the professions of medical billing and medical coding converge?", "similarities"),
    (
        "What is the likelihood of securing a medical billing position without prior experience?",
        "biller-competition",
    ),
    ("Kindly elucidate the nature of medical coding.", "what-is-coding"),
    ("is billing a secure job", "job-outlook"),
    ("How arduous is it to become proficient in medical billing?", "billing-difficulty"),
    # Indian English: a "package" is the salary, a "fresher" someone new.
    ("what is the package for medical coder fresher", "coder-pay"),
    ("can i do billing also along with coding", "combined-role"),
    # "Both" said of the two roles says who is asked about, not that they share or combine.
    ("do billers and coders both need CEUs", "continuing-education"),
    ("do both billers and coders need certification", "certification"),
    ("what do billers and coders both need", "similarities"),
    ("do billing and coding take the same amount of time to learn", "training-length"),
    ("is it normal to find coding overwhelming at first", "coding-difficulty"),
    ("what makes a billing applicant stand out", "biller-competition"),
    ("whats the fastest billing course out there", "training-length"),
    ("do billers handle money", "biller-day"),
    # An age said of whom the question is for qualifies the topic asked.
    ("is coding good money for a 20 year old", "coder-pay"),
    ("is coding hard for a 50 year old", "coding-difficulty"),
    ("what kinda person vibes with coding", "coder-traits"),
    ("do billers get that bread", "biller-pay"),
    (
        "Could you delineate the distinctions between the responsibilities of billers and coders?",
        "billing-vs-coding",
    ),
    ("Is it normal for it to take this long to land the first coding job?", "coder-competition"),
    ("Is medical coding going to have jobs in 20 years?", "job-outlook"),
    ("is coding calmer than billing", "billing-stress"),
    ("do billers and coders work in the same places", "coder-workplace"),
    ('the program page says "high school diploma or equivalent", what counts as equivalent', "prerequisites"),
    # Settings are where coders work, not a place to look for jobs.
    ("are there coding jobs in nursing homes", "coder-workplace"),
    ("are there coding jobs in texas", "coder-competition"),
    ("hospital coding vs clinic coding, where do most start", "coder-workplace"),
    ("everyone in my class seems to get coding faster than me, is it that hard", "coding-difficulty"),
    ("am i too dumb for coding", "coding-difficulty"),
    # Thanks after a question about what was told does not stand for the message.
    ("i want to get into medical coding, what do i do? thanks!", "become-coder"),
    # Shorthand for time, and "how many months" to a job is getting hired.
    ("how many wks is a billing course", "training-length"),
    ("6 mos enough for coding?", "training-length"),
    ("how many months did it take you to find a coding job", "coder-competition"),
    ("how many mos to find a coding job after cert", "coder-competition"),
    ("billing 🆚 coding", "billing-vs-coding"),
    ("what makes a decent medical coder", "coder-traits"),
    ("is it hard for new coders to get employed", "coder-competition"),
    ("is there a high need for medical coders right now", "job-outlook"),
    ("good profession?", "benefits"),
    # Judging a topic ("is the compensation good") is no school or vendor being judged.
    ("is the compensation good in billing and coding", "biller-pay"),
    # An employer's questions.
    ("do i need to hire a separate biller and coder for my small practice", "combined-role"),
    ("what should i look for when hiring a medical coder", "coder-traits"),
    # Circumstances told about oneself are everyday words, not strangers or slips ("fired" is no
    # "hired").
    ("How long did it realistically take you to feel competent after your course?", "training-length"),
    ("i got fired last week, how long does coder training take", "training-length"),
    ("i live in a rural area, can i work remotely", "remote-work"),
    ("is there anything bad about being a biller", "benefits"),
    ("i'm a receptionist, can i become a biller", "become-biller"),
    # A heading set off by a dash says whom the question after it is about.
    ("billing - what kind of person thrives?", "biller-traits"),
    ("do billers appeal claims", "biller-day"),
    ("how many codes do coders need to know", "coding-difficulty"),
    ("how many charts does a coder do per day", "coder-day"),
    ("are billing jobs plentiful", "biller-competition"),
    ("what happens to the codes once the coder is done", "billing-vs-coding"),
    ("Billers make around $18. What about coders?", "coder-pay"),
    ("is billing hard? and coding?", "which-is-easier"),
    ("billing is pretty easy. what about coding?", "coding-difficulty"),
    # How the two roles relate.
    ("does the biller need the coder to finish first", "billing-vs-coding"),
    ("do billers and coders need the same knowledge", "similarities"),
    ("does a biller ever do the coding too", "combined-role"),
    ("is the coder the one who talks to insurance or the biller", "billing-vs-coding"),
    ("is it useful for a biller to know coding", "combined-role"),
    # Opinions and students.
    ("what do y'all think of billing and coding", "benefits"),
    ("how hard did you all find coding when you started", "coding-difficulty"),
    ("can i finish my billing program early if i study hard", "training-length"),
    # A phrase naming a role keeps the role: "look for in a coder" is the coder's traits.
    ("what do employers look for in a coder", "coder-traits"),
    ("why are there zero billing jobs", "biller-competition"),
    ("coding jobs 2030", "job-outlook"),
    ("is billing good bang for your buck", "benefits"),
    ("is billing sink or swim at first", "billing-stress"),
    ("what's the pay like right now?", "biller-pay"),
    ("Is now a good time to get into billing or is the market flooded?", "job-outlook"),
    ("is medical coding still in vogue", "job-outlook"),
    ("medical coding basics", "what-is-coding"),
    ("what does a coder do in healthcare? Woooould love some insight.", "what-is-coding"),
    # Moving out of one's parents' home is no relocation; moving out of state still is.
    ("would coding pay enough to move out at 18", "coder-pay"),
    ("if i move out of state can i keep billing", "relocation"),
    ("If I change the state, the certificate of coder still work?", "relocation"),
    ("is coding good dough", "coder-pay"),
    ("is there good cash in billing", "biller-pay"),
    ("does billing drive you nuts", "billing-stress"),
    # A reliable career is job security; a reliable person is a trait.
    ("is coding a reliable career", "job-outlook"),
    ("do you need to be a reliable person to code", "coder-traits"),
    ("is the demand robust", "job-outlook"),
    ("is learning modifiers hard", "coding-difficulty"),
    ("do you need to understand insurance to be a biller", "biller-traits"),
    ("do coders hand their work to billers", "billing-vs-coding"),
    ("once a chart is coded, what does the biller do", "billing-vs-coding"),
    ("can coders work in a lab", "coder-workplace"),
    ("i need a fresh start, is medical billing a good one", "benefits"),
    # Affording rent is pay, not the cost of training.
    ("do coders make enough to afford an apartment", "coder-pay"),
    ("my parents want me to go to college, is billing a good alternative", "benefits"),
    # A polite letter: "I wonder if…" asks, and "many thanks for your help" is chatter.
    (
        "I wonder if there will be jobs in medical coding in the coming years. Many thanks for your help.",
        "job-outlook",
    ),
    (
        "i've been watching youtube videos about coding and the guidelines look insane. there are so many"
        " rules. i'm not a dumb person but i'm intimidated. is it actually that hard to learn or does it"
        " click eventually?",
        "coding-difficulty",
    ),
    ("Is medical coding a sedentary occupation?", "coder-day"),
    ("Is billing akin to coding?", "similarities"),
    ("Must coders hold licensure?", "certification"),
    ("Are diligent, methodical people suited to coding?", "coder-traits"),
    (
        "I have three years of experience in a physician's office handling billing tasks informally. Would it"
        " be necessary for me to obtain formal certification in order to advance?",
        "certification",
    ),
    # "What is it?" and "what should I tell him?" ask about what the message just said.
    ("my grandson mentioned medical coding. what on earth is it", "what-is-coding"),
    ("my friend told me about medical billing. what is that?", "what-is-billing"),
    ("my son asked what billers earn. what should i tell him", "biller-pay"),
    # "Make it worse" and "fit him" lean on the person just described.
    ("i have anxiety. would billing make it worse", "billing-stress"),
    ("my son is quiet and very precise. would coding fit him", "coder-traits"),
    ("is this field blowing up or dying", "job-outlook"),
    ("is coding too much for someone whose memory isn't what it used to be", "coding-difficulty"),
    ("how many time is the course of coding", "training-length"),
    ("if i start training after graduation when could i be working as a coder", "training-length"),
    # The hand-off: one role's work set beside the other's, or a task of the other role.
    ("which one talks to the insurance company, billing or coding", "billing-vs-coding"),
    ("does the coder ever deal with patients' bills", "billing-vs-coding"),
    ("the coder turns notes into codes and the biller turns codes into money, right?", "billing-vs-coding"),
    ("what does the biller do with the codes once they get them", "billing-vs-coding"),
    ("what happens to a chart when it lands on a coder's desk", "billing-vs-coding"),
    ("where does coding fit in the revenue cycle", "what-is-coding"),
    ("what part of the claim process is billing responsible for", "what-is-billing"),
    # Who reports a claim is not its topic, and a feeling told after it does not hide it.
    ("people online say coding jobs don't exist for beginners. is that true", "coder-competition"),
    (
        "i finished my coding course 6 months ago and still no job. i feel hopeless. is this normal",
        "coder-competition",
    ),
    ("should i encourage my kid toward billing and coding instead of a 4 year degree", "benefits"),
    ("is possible to work in the house as biller", "remote-work"),
    ("do coders really make what the ads claim", "coder-pay"),
    ("when a claim comes back denied, is that the biller's problem", "biller-day"),
    ("should i quit my job to study coding", "benefits"),
    ("are coders on call", "coder-day"),
    ("i'm a bartender tired of late nights. why would billing or coding be better", "benefits"),
    # Becoming another job is about that job, unless it is only told.
    ("i wanted to become a nurse but failed the exam. is coding easier to learn", "coding-difficulty"),
    ("can a nurse become a medical coder", "become-coder"),
    ("i have adhd and lose focus easily. can i be a good coder", "coder-traits"),
    ("can i be a good coder", "coder-traits"),
    # "Why?" after a claim asks for its reasons.
    ("my guidance counselor said billing and coding is a good option. why", "benefits"),
    ("lots of people chasing few coding jobs?", "coder-competition"),
    ("what's the time investment to train as a coder", "training-length"),
    ("time to train?", "training-length"),
    (
        "I have about a year of savings before I need to be earning again. Is that enough time to get through"
        " billing training and start working?",
        "training-length",
    ),
    # A quotation's closing mark does not hide the end of its sentence: 'near me' is only told.
    (
        'The job postings near me all say "billing and coding specialist." Does that mean one person does'
        " both jobs? Is that normal?",
        "combined-role",
    ),
    # A salary in five digits is no CPT code.
    ("do coders make 45000", "coder-pay"),
    ("is 35000 a year normal for a medical biller", "biller-pay"),
    ("tell me what billers make", "biller-pay"),
    # A role set aside is not asked about: biller pay alone, not both roles' pay.
    ("not interested in coding at all, just tell me what billers make", "biller-pay"),
    # A licence is what certification is here; a state licence is the question of moving.
    ("do you need a license to be a coder", "certification"),
    ("do i need a new license if i move", "relocation"),
    ("not interested in schools, just tell me if i need a license", "certification"),
    # "Both need" says whom a need is asked about, not what the roles share.
    ("do billers and coders both need certification", "certification"),
    ("skills that billers and coders both use", "similarities"),
    ("can i learn coding while working full time", "training-length"),
    ("I can't afford the exam yet. Could I still get hired without a certification?", "certification"),
    ("will computers do all the coding in 10 years", "job-outlook"),
    ("what software do medical coders work in", "coder-day"),
    ("job description for a medical coder?", "what-is-coding"),
    ("how can i keep my certification active after i pass", "continuing-education"),
    ("how to get a foot in the door in coding", "become-coder"),
    ("in what ways are billers like coders", "similarities"),
    ("biller vs coder duties", "billing-vs-coding"),
    ("what does a coder handle", "what-is-coding"),
    ("billing and coding state requirements", "relocation"),
    # A question may open with a negative ("aren't…"): what comes before it only tells.
    ("I'm 40 and confused, aren't billing and coding the same job?", "billing-vs-coding"),
    ("what's the order, coding then billing or billing then coding", "billing-vs-coding"),
    # Whether a role suits someone with a condition asks what the role needs of a person.
    ("is coding good for someone with social anxiety", "coder-traits"),
    ("is billing ok for someone with adhd", "biller-traits"),
    # "Would billing be too much?" leans on what was told: the pressure.
    ("i cry easily under pressure. would billing be too much?", "billing-stress"),
    # A learner's English: "study more every year" is continuing education, not certification.
    ("after i pass exam, i must study more every year?", "continuing-education"),
    ("are there even any billing jobs left", "biller-competition"),
    # "More job security" is the outlook; "more jobs" alone is competition.
    ("which one has more job security, billing or coding", "job-outlook"),
    # Where a coder's information comes from is what coding is, not where coders work.
    ("where does the coder get the information to code from", "what-is-coding"),
    # Whether a background from another job helps asks what the role needs of a person.
    ("can my background in customer service translate to billing", "biller-traits"),
    # "Just nice to have" is whether it is required, not a stranger.
    ("Is certification actually necessary or is it just nice to have?", "certification"),
    # "…too old to learn all those codes. Is it really that hard?" asks how hard, not the age limit.
    ("I'm too old to learn all those codes. Is it really that hard?", "coding-difficulty"),
    ("I'm 50 and nobody will hire me as a biller. Is it always this hard?", "biller-competition"),
    ("how many coding jobs will there be in 10 years", "job-outlook"),
    ("could i get certified in coding over summer break", "training-length"),  # how long it takes
    # Mixing the two up, or telling them apart, asks for the difference.
    ("I keep mixing up billing and coding", "billing-vs-coding"),
    ("i can never tell coders and billers apart", "billing-vs-coding"),
    ("i always get billing and coding mixed up", "billing-vs-coding"),
    ("I've never really understood what medical coding is", "what-is-coding"),
    ("do employers insist on certified applicants", "certification"),  # not a stranger word
    ("what kind of mind does coding need", "coder-traits"),
    # Mixing the duties in one job is the combined role; mixing the two up is the difference.
    ("do some jobs mix billing and coding duties", "combined-role"),
    # "af" only says how much: "hard af to get a job" is still about getting hired.
    ("is it hard af to get a coding job", "coder-competition"),
    ("What is the recommended pathway to employment as a medical billing specialist?", "become-biller"),
    # The hand-off: what passes from coder to biller, what comes first, who takes over.
    ("does the biller take over once the codes are done", "billing-vs-coding"),  # not AI "taking over"
    ("what does the coder pass along to billing", "billing-vs-coding"),
    ("in the claim process, which comes first: coding or billing", "billing-vs-coding"),
    ("who decides which codes go on the claim", "what-is-coding"),
    # A link beside a question is not part of it ("example com" is no word of ours).
    ("how much do coders make https://example.com", "coder-pay"),
    ("good article https://x.com/a can coders really work from home?", "remote-work"),
    # Doing the job part time is its hours, not studying part time.
    ("i'm retired, can i do billing part time", "biller-day"),
    ("can i be a coder if i type really slowly", "coder-traits"),  # typing, not a "type" of employer
    ("can i get a billing job without going to school", "certification"),
    ("can i handle billing if i have panic attacks", "billing-stress"),
    ("can i count on coding jobs being around in 20 years", "job-outlook"),
    ("what sort of person makes a good clinical coder", "coder-traits"),  # not "what sorts of places"
    # "Who's right?" after two claims asks whether the last one holds.
    (
        "My boss says I can move into the billing department without any certification since they'll "
        "train me. But every site online says certification is required. Who's right?",
        "certification",
    ),
    (
        "I've been a biller 3 years and want a new job, is the billing market tough right now?",
        "biller-competition",
    ),
    ("as a new coder, what should I expect my first week to look like", "coder-day"),
    (
        # "Still true?" asks for the newest figures beside the article's.
        "my friend said there are tons of coding jobs and no one to fill them. is that still true?",
        "outlook-today",
    ),
    ("compare coding to billing", "billing-vs-coding"),  # the two roles compared: ours
    # A study group's questions: feeling lost in class is difficulty; hours to study, the length.
    ("is it normal to feel lost in week 3 of coding class", "coding-difficulty"),
    ("how many hours a week should i plan to study for a coding program", "training-length"),
    ("trying to understand billing vs coding", "billing-vs-coding"),  # not "hard to understand"
    # Misconceptions about what the roles are: the definition, or what one needs before training.
    ("is medical billing basically accounting", "what-is-billing"),
    ("is medical coding the same as medical transcription", "what-is-coding"),
    ("do i need to know python for medical coding", "what-is-coding"),
    ("do you need to go to med school to be a coder", "prerequisites"),  # a medical degree: no
    # A study group's chatter around a question is dropped.
    ("do we all need to be certified before applying, study group is split on this", "certification"),
    ("settle a debate in our study group, is billing the same as coding or not", "billing-vs-coding"),
    # "Move with me" is moving, not a "career move".
    ("we're a military family and move every 2-3 years. would a coding career move with me?", "relocation"),
    ("im alone at home, can i work from home", "remote-work"),  # alone is no distress here
    # A weekday is a day; "what is that job" after a role asks what it is.
    ("imagine a typical tuesday for a medical coder, what happens", "coder-day"),
    ("billing in a doctor's office, what is that job", "what-is-billing"),
    ("what happens if i never get certified, can i still code", "certification"),
    # "a/r" is accounts receivable, not "a are" ("r u ok"): following up on it is the biller's day.
    ("what does a/r follow up mean for a biller, is that the whole job", "biller-day"),
    # Autocorrect after "medical" is still the role, even where the slip splits into two words.
    ("how long does it take to become a medical coater", "training-length"),
    ("is medical coating hard to learn", "coding-difficulty"),
    # Comparing the two: what suits a person is the traits; what is better about one, its upsides.
    ("which role suits someone who likes numbers more", "biller-traits"),
    ("whats better about billing compared to coding", "benefits"),
    # What a message opens by setting aside is not what it asks.
    ("not asking about pay, i just want to know if coding is boring", "coder-day"),
    ("im not worried about getting a job, im worried coding is too hard", "coding-difficulty"),
    ("forget the salary, is billing stressful", "billing-stress"),
    ("i'm not a math person, does that rule out billing", "biller-traits"),
    ("is there no end to the studying once you're a coder", "continuing-education"),
    # Life around the job: coding part time is the day; replacing an income is the pay.
    ("can i code part time while my kids are in school", "coder-day"),
    ("could coding replace my full time teaching income", "coder-pay"),
    # Frustration around a question: paying for a cert or CEUs is the cert or the CEUs (not
    # salary), and "i don't need an essay", "or what" are only tone.
    ("ugh do i seriously have to pay for a cert just to get hired", "certification"),
    ("so even after all that i have to keep paying for ceus? seriously?", "continuing-education"),
    ("just tell me which one is easier, i don't need an essay", "which-is-easier"),
    ("do i need some fancy degree or what", "prerequisites"),
    ("coding is impossible, how does anyone pass", "coding-difficulty"),
    # The hand-off: which role is the first step and which the second.
    ("is coding the first step and billing the second", "billing-vs-coding"),
    # Still no job after months of trying is the job market, not how long training takes.
    ("it's been 6 months and no billing job, is that typical", "biller-competition"),
    # Abroad: whether college is needed is the entry requirements, even on the way to becoming
    # one; a certification used in another country is moving; Dubai is a place, not "dub ai".
    ("do i need to go to uni to become a medical coder", "prerequisites"),
    ("can i use my us coding certification in the uk", "relocation"),
    ("how can i get a medical billing job in dubai", "become-biller"),
    # Working as a coder for a dentist is where coders work, not how to become one.
    ("can i work as a coder for a dentist", "coder-workplace"),
    # Employers preferring experience is the job market, not where coders work.
    ("do employers prefer experienced coders", "coder-competition"),
    # Software leaving fewer coders is the outlook, not the software a coder uses in a day.
    ("will there be fewer coders because of software", "ai-and-the-future"),
    # How productive a coder must be is the day's work, though it is counted "per hour".
    ("how productive do coders have to be per hour", "coder-day"),
    # Coding software a hospital rolls out is automation, not writing software.
    (
        "My hospital just rolled out some computer-assisted coding software. Should I be worried?",
        "ai-and-the-future",
    ),
    ('At my new job they keep saying "837". What is that?', "claim-forms"),
    # Judging a sum told is asking about pay, whatever the job it is for.
    ("I got an offer for 42k as a remote coder with my CPC-A. Is that low?", "coder-pay"),
    ("Will there always be a need for coders?", "job-outlook"),
    # The credential held up as a yardstick is not the one asked about.
    ("Is the CBCS exam open book like the CPC?", "cbcs"),
    ("is the cca open book like the cpc", "cca-vs-ccs"),
    # Pay set aside at the end is set aside as at the start; what you get out of a job is its upsides.
    ("what do you get out of a coding job besides money", "benefits"),
    ("besides money, what do you get out of a coding job", "benefits"),
    # Keyword searches: a count of questions is the exam's, "ub" beside a form is the UB-04.
    ("cpc questions count", "cpc-exam"),
    ("1500 vs ub", "claim-forms"),
    ("billing coding common skills", "similarities"),
    # Who asks and how they frame it is not what they ask.
    ("what's the job of a medical biller as a beginner?", "what-is-billing"),
    ("how long does it take in your opinion?", "training-length"),
    ("I am wondering is there homework after you're certified", "continuing-education"),
    ("does the cpc have essay questions", "cpc-exam"),
    ("what's the most recognized coding certification", "certifications-overview"),  # which one, not whether
    # Other words for the same thing: a profession is a career, insurers are insurance companies,
    # a credential's test is its exam, "more accessible" is easier.
    ("Is medical billing a decent profession, honestly?", "benefits"),
    ("do coders work for insurers", "coder-workplace"),
    ("how many questions on the ccs test", "cca-vs-ccs"),
    ("Which profession is more accessible to a beginner, billing or coding?", "which-is-easier"),
    # One coder or many, "the NHA's medical billing and coding certification" or its short name.
    ("does a coder query doctors a lot", "coder-day"),
    ("will there always be a need for a biller", "job-outlook"),
    ("what does the bls say medical billers make", "pay-today"),  # the newest figures, not the 2019 ones
    ("what is the nha medical billing and coding certification", "cbcs"),
    # "Once" says when, not which entry ("…make once they have a few years" is pay); schooling
    # asked for is the entry requirements; being in touch with doctors is the coder's day.
    ("once the codes are in, what does the biller do with them", "what-is-billing"),
    ("what schooling do you need for billing", "prerequisites"),
    ("are coders in touch with the doctors a lot", "coder-day"),
    # Formal register: "comparable" is alike, "a lower barrier to entry" easier, the functions a
    # coder performs what coding is.
    ("In what respects are medical billing and medical coding comparable?", "similarities"),
    ("Which of the two disciplines presents a lower barrier to entry for a novice?", "which-is-easier"),
    ("What functions does a medical coder perform within a healthcare organization?", "what-is-coding"),
    # A word of report or estimate is no stranger in a question about the newest figures.
    ("What median annual wage did the BLS report for medical records specialists in 2024?", "pay-today"),
    # An abbreviation spelled letter by letter is the abbreviation; other single letters stay apart.
    ("will A.I. replace medical coders?", "ai-and-the-future"),
    ("what is I C D 10", "code-sets"),
    ("is the C-P-C exam open book", "cpc-exam"),
    # Each role's twin of a question that works for the other.
    ("is there a lot to remember in billing", "billing-difficulty"),
    ("my friend wants to get into billing, what should he do first?", "become-biller"),
    ("is math important for coding", "coder-traits"),
    ("Must one possess a background in healthcare to pursue medical billing?", "prerequisites"),
    ("To what degree do employers value certification among medical billers?", "certification"),
    ("Is the acquisition of medical coding skills considered challenging?", "coding-difficulty"),
    ("What does the medical coding function entail within a healthcare organization?", "what-is-coding"),
    # Rarer words for the same topics.
    ("Is medical billing an emotionally taxing occupation?", "billing-stress"),
    ("Which role is less arduous to learn, biller or coder?", "which-is-easier"),
    ("How does one embark on a career in medical billing?", "become-biller"),
    ("How protracted is medical coding training?", "training-length"),
    ("Is credentialing mandatory for medical coders?", "certification"),  # not enrolling providers
    ("Which AHIMA credential suits entry-level coders?", "cca-vs-ccs"),  # AHIMA's two, not all five
    ("Which form do physicians use to submit claims?", "claim-forms"),
    ("Is medical billing intricate?", "billing-difficulty"),
    ("Is medical coding a sustainable career?", "job-outlook"),
    ("Are billing jobs on the upswing?", "job-outlook"),
    ("Will machines do the coding eventually?", "ai-and-the-future"),
    ("Is breaking into coding an uphill battle?", "coder-competition"),
    ("Do billers ever pull double duty as coders?", "combined-role"),
    ("Is the CPC a tough exam to sit?", "cpc-exam"),  # the CPC and an article, not the CPC-A
    ("What is the employment trajectory for medical coders?", "job-outlook"),
    ("How does the job landscape look for medical billers?", "job-outlook"),
    ("What proficiencies should an aspiring biller cultivate?", "biller-traits"),
    ("Which bodies certify medical coders?", "certifications-overview"),
    # Without articles or verbs, as learners of English write.
    ("i want to be biller what i do", "become-biller"),
    ("which person good for coding", "coder-traits"),
    ("billing and coding what same", "similarities"),
    # Idioms: a foot in the door is getting hired, moving parts are hard (not relocating),
    # "alphabet soup" the credentials, "most current outlook" the newest outlook, not pay.
    ("Do new coders struggle to get their foot in the door?", "coder-competition"),
    ("Are billing positions snapped up quickly?", "biller-competition"),
    ("What's the on-ramp into medical coding?", "become-coder"),
    ("What's the alphabet soup of coding certifications?", "certifications-overview"),
    ("Does billing have a lot of moving parts to learn?", "billing-difficulty"),
    ("Is coding mentally taxing to learn?", "coding-difficulty"),
    ("Between billing and coding, which has fewer hurdles?", "which-is-easier"),
    ("What's the most current outlook data?", "outlook-today"),
    ("Do I have to requalify if I change states?", "relocation"),
    ("Is it a buyer's market for coding employers?", "coder-competition"),
    ("Do coders need to stay sharp with classes?", "continuing-education"),
    ("Is the CPC computer-based?", "cpc-exam"),
    ("Does the A on my CPC ever go away?", "cpc-apprentice"),
    ("What counts as experience to lose the apprentice status?", "cpc-apprentice"),
    ("Who offers the CPB?", "certifications-overview"),
    ("are there part time remote billing jobs", "remote-work"),  # remote, not the hours of a day
    ("are there online billing jobs", "remote-work"),
    # Who asks ("for retirees") is not an age limit; how well one must speak English is a requirement.
    ("is coding a good job for retirees", "benefits"),
    ("do i need to speak perfect english to be a coder", "prerequisites"),
    ("are coders in short supply", "job-outlook"),  # not "in short," said to sum up
    ("do billers get paid overtime", "biller-pay"),  # paid overtime is pay; working overtime the day
    ("is medical coding hard for college students?", "coding-difficulty"),  # who asks, not a degree
    ("Is there an oversupply of medical coders?", "coder-competition"),
    ("Is the billing field overcrowded?", "biller-competition"),
    ("What role does a biller play in healthcare?", "what-is-billing"),  # "play" is no typo of "pay"
    # …nor "scammed" of "slammed" (a word of stress).
    ("how do i actually become a coder without getting scammed", "become-coder"),
    ("Is coding solitary work?", "coder-day"),
    ("Are dual billing and coding roles widespread?", "combined-role"),
    ("Are coders well remunerated?", "coder-pay"),
    ("Is it an employer's market for coders?", "coder-competition"),
    ("Is the billing profession contracting?", "job-outlook"),
    ("bots replacing coders?", "ai-and-the-future"),
    ("do billers just push paper", "biller-day"),  # not the paper claim forms
    # Getting hired, not learning.
    ("is it hard for someone over 50 to get a coding job", "coder-competition"),
    # Moving to inpatient coding is a change of work, not of home.
    ("can i move to inpatient without the ccs", "cca-vs-ccs"),
    (
        "I'm an outpatient coder thinking about moving to inpatient. Everyone says I need the CCS. "
        "Is that true or can I do it with my CPC?",
        "cca-vs-ccs",
    ),
    # Whether a figure is recent asks for the newest one.
    (
        "I saw a projection that this field is growing like 7%. Where does that number come from "
        "and is it recent?",
        "outlook-today",
    ),
    # Crying at work in billing is how stressful it is; crying every day, naming no job, needs a person.
    (
        "I've been in billing for 6 months and I cry in my car before work. Is it always like this?",
        "billing-stress",
    ),
    # Asking whether old pay figures still hold asks for the newest ("gone" is a word, not a stranger).
    ("Are the 2019 salary numbers still accurate or have wages gone up since", "pay-today"),
    ("is the NHA billing and coding cert respected", "cbcs"),  # the NHA's one credential
    # Common words that name no subject ("lost", "given", "beyond", "hope") are not strangers in a
    # question that names no role: it was a "did you mean" or declined.
    ("will these jobs be lost to automation", "ai-and-the-future"),
    ("how long does it take if you're taught online", "training-length"),
    ("is the exam given online or in person", "cpc-exam"),
    ("do employers expect a credential beyond a certificate of completion", "certification"),
    ("i hope this field keeps growing, does it", "job-outlook"),
    ("why do people believe this is a good career", "benefits"),
    ("I wish someone told me how stressful it would be, is it really that bad", "billing-stress"),
    ("which organizations issue credentials in this field", "certifications-overview"),  # was declined
    ("is demand expected to rise", "job-outlook"),  # was declined
    ("what forms get sent to insurance companies", "claim-forms"),  # not where coders work
    # The field's own words ("timed", "modules", "transcript", "accreditation") are no strangers.
    ("is the exam timed", "cpc-exam"),
    ("how many modules are in a typical program", "training-length"),
    ("do you need a transcript to enroll", "prerequisites"),
    ("does accreditation of the program matter for getting certified", "certification"),
    # Chasing denials or payments is the biller's work; technology replacing people is automation.
    ("do you spend the day chasing reimbursement", "biller-day"),
    ("is handling denials most of the day", "biller-day"),
    ("will technology replace the people doing this work", "ai-and-the-future"),
    # Jobs easier to get is getting hired, not learning; coding charts is medical coding.
    ("are billing jobs easier to get than coding jobs", "biller-competition"),  # with its coder twin
    ("what's the hardest part of learning to code charts", "coding-difficulty"),
    # Three credentials side by side are the lineup, not the one among them with its own entry.
    ("There are so many acronyms: CPC, CCA, CBCS... which does what?", "certifications-overview"),
    ("CPC vs CCA vs CBCS?", "certifications-overview"),
    ("At my new billing job they mention 1500s and UBs. What are those?", "claim-forms"),
    (
        "Lots of people in my class want billing jobs. Is there enough work for all of us?",
        "biller-competition",
    ),
    # "What's each one for?" asks about the things just named.
    ("My textbook mentions CPT, ICD-10 and HCPCS. What's each one for?", "code-sets"),
    # AAPC's and AHIMA's credentials side by side are the overview, not AHIMA's two.
    ("What's the difference between AAPC and AHIMA certifications?", "certifications-overview"),
    ("is an AHIMA certification better than AAPC", "certifications-overview"),
    ("English is my second language. Do I need to be fluent to do medical coding?", "prerequisites"),
    # A school's FAQ: "medical records specialists" is the BLS's newest name for coders' group.
    ("What is the employment outlook for medical records specialists?", "outlook-today"),
    ("What kinds of jobs can I get after completing a coding program?", "coder-workplace"),
    # Study-group shorthand.
    ("cbcs worth it?", "cbcs"),  # the credential's worth, not the career's
    ("is the ccs worth it", "cca-vs-ccs"),
    ("does the a come off automatically", "cpc-apprentice"),
    ("who updates icd-10 every year", "code-sets"),  # who keeps the code set, not CEUs
    ("certified vs not certified coder, big difference?", "certification"),  # not billing vs coding
    ("can I take the cpc from my living room", "cpc-exam"),
    ("coder salary 2025 bls", "pay-today"),
    # Long forum posts: what is asked leans on what was told.
    (
        "Taking the CPC in two weeks. I keep running out of time on practice exams. How much time do "
        "you actually get per question?",
        "cpc-exam",
    ),
    ("I have my CPC-A and I'm working as a coder now. How long until the A is gone?", "cpc-apprentice"),
    (
        "My friends say I'm the most organized person they know and I love rules. Would I like coding?",
        "coder-traits",
    ),
    ("Just found out I need 36 CEUs. Where do people usually get them?", "continuing-education"),
    ("is it smart to spend $3000 on a coding program right now?", "benefits"),  # a cost, not pay
    (
        "I've had my CPC for a year now and still no job. I've applied everywhere, even hospitals two "
        "hours away. Is it normal to take this long to get hired?",
        "coder-competition",  # not how long training takes
    ),
    # The passing score is the exam's; a failed attempt told is no question about retakes.
    ("I failed the CPC by 3 points. So frustrating. What score did I need again?", "cpc-exam"),
    ("At my clinic I'm the only one who does billing AND coding. Is that unusual?", "combined-role"),
    (
        "My CEU deadline is coming up and I'm short 10. What happens if I don't make it?",
        "continuing-education",
    ),
    ("should i expect a long job search as a new biller", "biller-competition"),  # not training time
    # How long until one works from home is remote work, not training; where the field is headed, the outlook.
    (
        "New coder here. How long did it take you to go remote? My job is in office for the first year.",
        "remote-work",
    ),
    ("where is the billing industry headed", "job-outlook"),
    # The newest pay for both roles is the newest figures, not each role's 2019 pay side by side.
    ("What's the newest median salary figure for billing and coding?", "pay-today"),
    (
        "I just got offered a billing job at $16/hr in Ohio. Should I negotiate or is that standard?",
        "biller-pay",
    ),
    # Formal and rarer words for each topic.
    ("what's the probationary a on the cpc", "cpc-apprentice"),
    ("what does the nha's billing credential involve", "cbcs"),
    ("what paperwork goes to payers", "claim-forms"),
    ("overview of billing and coding credentials", "certifications-overview"),
    ("how does one enter the billing profession", "become-biller"),
    ("is billing a high-strain job", "billing-stress"),  # "high" was read as high school
    ("what's compelling about a coding career", "benefits"),
    ("what are the present-day employment projections for coders", "outlook-today"),
    ("how is the cpc administered", "cpc-exam"),
    ("how do ahima's two coding credentials differ", "cca-vs-ccs"),  # not billing vs coding
    ("what credentialing bodies exist for coders", "certifications-overview"),  # not payer credentialing
    ("My boss says I need two years to drop the A. Is there any faster way?", "cpc-apprentice"),
    (
        "I started billing 3 months ago and I'm overwhelmed by the volume. Does it get better?",
        "billing-stress",
    ),
    ("what does the little A after CPC stand for", "cpc-apprentice"),  # not the credentials overview
    ("is the cbcs respected by employers", "cbcs"),  # was unsure between it and certification
    (
        "Our local hospital posted one coding opening and got over 200 applicants. "
        "Is that normal for this field?",
        "coder-competition",  # not where coders work
    ),
    ("cpc exam tips? how long is it", "cpc-exam"),  # the exam's length, not training's
    (
        'Every coding job posting near me says "2 years experience required." How does anyone get started?',
        "coder-competition",  # the start is a job's, read with what was told (it was how to become a coder)
    ),
    ("I'm terrible at timed tests. How much time per question do you get on the CPC?", "cpc-exam"),
    ("My CPC-A has been on my resume for a year. Do employers care about the A?", "cpc-apprentice"),
    (
        "My husband says AI will make this career pointless in five years. "
        "Is there anything official about that?",
        "ai-and-the-future",  # "official" was a stranger, and the question declined
    ),
    ("Are there up-to-date salary figures? The ones I found are from years ago.", "pay-today"),
    (
        "The job posting says billing/coding specialist. Does that mean I'll do both?",
        "combined-role",
    ),  # not "ill"
    (
        "My career counselor quoted a growth rate from 2019. Is there a more recent projection?",
        "outlook-today",
    ),
    (
        "I failed the CPC twice by a few points. How many questions are there and what's the pass mark?",
        "cpc-exam",
    ),
    (
        "I don't want to work in a hospital because of the germs. Are there coding jobs elsewhere?",
        "coder-workplace",
    ),
    (
        "The article I read said coders make about $40k but that was from 2019. What are they making now?",
        "pay-today",
    ),
    (
        "I'm already working as a biller without any certification. "
        "Would getting certified actually change anything?",
        "certification",  # "change" is not the code sets' yearly changes
    ),
    (
        "I've been studying for three weeks and the guidelines make my head spin. "
        "Is it normal to feel this lost?",
        "coding-difficulty",  # the guidelines are coding's (it was which of the two is easier)
    ),
    ("I'm a medical assistant and my boss suggested the CBCS. Who is that certification aimed at?", "cbcs"),
    ("My exam is in 3 weeks. Is it proctored online or do I need to go to a testing site?", "cpc-exam"),
    (
        "Some people in my class say certification is a waste of money if you have connections. Thoughts?",
        "certification",
    ),
    (
        "I keep hearing about HCPCS. Where does that fit in with the other code sets?",
        "code-sets",
    ),  # not traits
    ("I hate conflict. Is that a problem for someone who wants to do billing?", "biller-traits"),
    ("My CPC renewal is coming up and I'm short on CEUs. How many do I need?", "continuing-education"),
    ("I've never heard of medical coding before today. What is it in simple terms?", "what-is-coding"),
    (
        "I have my CPC exam next Saturday and I'm panicking. "
        "Can someone remind me how many questions it has?",
        "cpc-exam",  # "remind" was a stranger
    ),
    (
        "I saw 2019 growth numbers for coders. Have they been updated since?",
        "outlook-today",
    ),  # not code updates
    ("Our clinic started using software that auto-suggests codes. Should coders worry?", "ai-and-the-future"),
    # Formal words were strangers, and the questions declined.
    ("What does the apprentice designation signify?", "cpc-apprentice"),
    ("Is telecommuting customary in this profession?", "remote-work"),
    ("What educational attainment is required to enter the field?", "prerequisites"),
    ("What is the typical duration of preparation for this line of work?", "training-length"),
    ("How do the responsibilities of the two roles diverge?", "billing-vs-coding"),
    ("What do current federal projections indicate regarding employment growth?", "outlook-today"),
    ("Do employers permit coders to work from their residences?", "remote-work"),
    ("Would relocating to another state jeopardize my credential?", "relocation"),
    ("Could you enumerate the principal credentials in this field?", "certifications-overview"),
    ("What's the difference between diagnosis codes and procedure codes?", "code-sets"),  # was declined
    ("Is abstracting the same thing as coding?", "what-is-coding"),
    ("I love medical dramas and anatomy trivia. Is that a sign I'd like coding?", "coder-traits"),
    ("Is the person who posts payments a biller or a coder?", "billing-vs-coding"),
    ("Does having a CPB make a difference when applying for billing jobs?", "certification"),
    ("what do coders do minute to minute", "coder-day"),  # was what coding is
    ("At my last job the biller also did the coding. Is that common?", "combined-role"),  # was training time
    (
        "I'm a slow reader and worried about the clock. How much time do you actually have on the CPC?",
        "cpc-exam",
    ),
    ("I am 12th pass, can I do medical coding?", "prerequisites"),  # finished high school, in Indian English
    (
        "Training length doesn't matter to me, I just want to know if certification is needed.",
        "certification",
    ),
    (
        "What does the Occupational Outlook Handbook say about medical records specialists right now?",
        "outlook-today",
    ),
    ("The 2019 article said jobs were growing fast. How fast was that?", "job-outlook"),  # was training time
    (
        "I keep reading that the CCS is the 'gold standard' for hospital coding. Is the CCA a waste then?",
        "cca-vs-ccs",
    ),
    (
        "I keep reading that computer-assisted coding speeds coders up rather than replacing them. "
        "Is that what the data shows?",
        "ai-and-the-future",  # "speeds" and "shows" were strangers
    ),
    (
        "I'm a caregiver for my grandmother who has dementia, so I can't commute anywhere. "
        "Is there remote work in this field for newcomers?",
        "remote-work",  # "this field" is ours, not the caregiver's
    ),
    ("does that scream coder", "coder-traits"),
    (
        "My financial advisor says healthcare is recession-proof. Does that apply to billing and coding?",
        "job-outlook",
    ),
    (
        "I'm the friend everyone asks to proofread their stuff. Is that a good sign for coding?",
        "coder-traits",
    ),
    ("is cbcs accepted in hospitals", "cbcs"),  # hospitals are no state to move to
    (
        "I'm 3 months into a billing job and the month-end crunch is brutal. Is it always like this?",
        "billing-stress",
    ),
    ("If I wanted to start billing next year, what should I be doing now?", "become-biller"),  # was unsure
    ("I want to be a biller next year. What should I be doing now?", "become-biller"),
    (
        "I already know medical terminology from being an EMT. Would that shorten my coding training?",
        "training-length",
    ),
    ("Is there a grace period if I miss my CEU deadline?", "continuing-education"),  # "miss" was a stranger
    ("I've done customer service for 10 years. How do I pivot into medical billing?", "become-biller"),
    (
        "My instructor says coders who learn to work with AI will be fine. Is there evidence for that?",
        "ai-and-the-future",
    ),
    ("What's the point of a biller if insurance pays automatically?", "what-is-billing"),  # not billers' pay
    ("Is it true you need two years experience for any coding job?", "coder-competition"),
    (
        "I read that AI coding tools still need humans to check their work. Is that the consensus?",
        "ai-and-the-future",
    ),
    (
        "I got hired as a coder last month with my CPC-A. "
        "Do I need to do anything to get the A removed or is it automatic?",
        "cpc-apprentice",  # "automatic" was a stranger
    ),
    ("how hard is it to pass the cpc on the first try", "cpc-exam"),  # was the competition for jobs
    ("what does aapc count as coding experience for the a", "cpc-apprentice"),  # was unsure
    (
        "Lurker here. I finally got an offer for an outpatient coding job. They said $21/hr. "
        "Is that fair for a new CPC-A?",
        "coder-pay",  # "is that fair" leans on the offer told (it was the apprentice A)
    ),
    (
        "My program says it takes 9 months but I see 4-month programs too. Is there a big difference?",
        "training-length",  # the difference is between the programs told of (it was billing vs coding)
    ),
    (
        "I keep seeing posts about layoffs in revenue cycle. Is this field still growing overall?",
        "job-outlook",
    ),
    ("For the CPC, is it better to tab your books or highlight them?", "cpc-exam"),  # was unsure
    ("list of places that employ coders?", "coder-workplace"),  # was the competition for jobs
    (
        "My friend got a coding job with no certificate at all. Was she just lucky?",
        "certification",  # "lucky" was a stranger, and the question declined
    ),
    (
        "I'm very analytical and like working with rules and systems. Does coding sound like a match?",
        "coder-traits",
    ),
    (
        "Is there a job title for someone who does billing and coding together?",
        "combined-role",
    ),  # was declined
    ("Does a coder ever talk to patients the way a biller does?", "billing-vs-coding"),
    ("the CPC exam, how long is it?", "cpc-exam"),  # the exam was only told
    ("apprentice status, how long does it last", "cpc-apprentice"),  # was how long training takes
    (
        "The hospital job posting asks for a CCS. I only have a CCA. What's the gap between them?",
        "cca-vs-ccs",
    ),  # "gap" was a stranger
    (
        "Which code set do I use for durable medical equipment?",
        "code-sets",
    ),  # was declined as another subject
    (
        "Everyone in my class is arguing about which cert to go for. What are the main options out there?",
        "certifications-overview",
    ),  # was the job market
    ("what certs are out there", "certifications-overview"),  # "out there" was the job market
    ("how many coding jobs are out there", "coder-competition"),
    (
        "the growth number in that article is from years ago. what does it look like now?",
        "outlook-today",
    ),  # was unsure between the days
    (
        "Coders make about 45k according to the article, but that's old. How does it look now?",
        "pay-today",
    ),  # "old" was an age
    (
        "If I start a coding program in January, when could I realistically be working?",
        "training-length",
    ),  # was unsure
    (
        "Took a practice test last night and ran out of time with 20 questions left. "
        "Is the real thing timed like that too?",
        "cpc-exam",
    ),  # was what the career offers
    ("Is there a certification for billing specifically or are they all coding?", "certifications-overview"),
    (
        "My friend codes for a hospital and says she makes good money. What's typical?",
        "coder-pay",
    ),  # was unsure: "codes" read as the noun
    (
        "Is medical terminology the hardest part, or is it the coding rules?",
        "coding-difficulty",
    ),  # was unsure
    (
        "Which cert is best if I want to do both billing and coding?",
        "certifications-overview",
    ),  # was the combined role
    (
        "I keep hearing about ICD-10-CM and ICD-10-PCS. Are they the same thing?",
        "code-sets",
    ),  # was billing vs coding
    (
        "Our practice just started using an AI coding tool. Will this eventually eliminate my job?",
        "ai-and-the-future",
    ),
    ("The article said billers make $17/hr. What's the current figure?", "pay-today"),  # was the outlook
    (
        "What counts as experience for removing the apprentice status? Would volunteering count?",
        "cpc-apprentice",
    ),
    ("my grandma asked what medical billing is, how do i explain it", "what-is-billing"),  # was unsure
    (
        "my kid asked what a medical coder does, whats a simple answer",
        "what-is-coding",
    ),  # was how hard coding is ("simple")
    (
        "How many annual openings are projected for medical records specialists?",
        "outlook-today",
    ),  # "annual" was a salary
    ("will medical coding job survive in AI era", "ai-and-the-future"),  # was declined: the ERA remittance
    ("how hard is the cpc fr", "cpc-exam"),  # was how hard coding is
    ("how many people work as medical records specialists", "outlook-today"),  # was unsure
    (
        "i'm 60 and never finished college, can i still become a medical coder",
        "prerequisites",
    ),  # was how to become one
    ("will ai disrupt these jobs", "ai-and-the-future"),  # "disrupt" was a stranger: declined
    ("what percentage do you need to pass the exam", "cpc-exam"),  # "percentage" was a stranger: declined
    ("what is the exam structure", "cpc-exam"),  # was declined
    ("how many points to pass the exam", "cpc-exam"),  # was declined
    ("what version of the codebooks can I use on the exam", "cpc-exam"),  # was declined
    ("can you use notes during the test", "cpc-exam"),  # was unsure
    ("how do I get rid of the apprentice label", "cpc-apprentice"),  # "label" was a stranger: declined
    ("does the apprentice tag hurt my chances", "cpc-apprentice"),  # was declined
    ("is it worth it, including the exam", "benefits"),  # "including" was a stranger: declined
    ("how much money do you bring in", "biller-pay"),  # was unsure ("bring in" is pay; the pair answers)
    ("is medical coding a solid fit for me", "coder-traits"),  # was declined as unclear
    (
        "which license is meant for hospital coders",
        "certifications-overview",
    ),  # was whether one needs a credential
    ("are medical billing jobs rough to come by", "biller-competition"),  # was how hard billing is to learn
    ("are medical billing and coding jobs increasing", "job-outlook"),  # was declined as unclear
    ("what does a biller do in a medical center", "what-is-billing"),  # "center" was read as "cent": pay
    ("work from my apartment?", "remote-work"),  # "apartment" was a stranger: declined
    ("will i be able to get taken on as a biller", "biller-competition"),  # was declined as unclear
    ("whats a ub4 used for", "claim-forms"),  # was the code sets
    ("I know the A is a thing. Does having the A actually stop people from hiring you?", "cpc-apprentice"),
    (
        "My manager suggested I get an AHIMA credential to move into coding. "
        "Should I go for the entry one or the advanced one?",
        "cca-vs-ccs",
    ),  # was whether it is worth it
    (
        "My school includes an NHA exam at the end of the program. Is their credential legit?",
        "cbcs",
    ),  # was whether one needs a credential
    (
        "My worry is that AI will make the job disappear. What do the official numbers say?",
        "outlook-today",
    ),  # "numbers" was math
    (
        "I'm really good on the phone and at staying calm. Would those skills transfer to billing?",
        "biller-traits",
    ),  # was moving states
    (
        "I work full time and can only study evenings and weekends. "
        "Realistically, how long would it take me to get through a coding program?",
        "training-length",
    ),  # was two questions
    (
        "Student here. I'm confused about when you'd use HCPCS instead of CPT. "
        "Can anyone explain the difference in plain English?",
        "code-sets",
    ),  # was billing vs coding
    (
        "Okay so I have my CCA and about 18 months of experience. "
        "People keep telling me to go for the CCS next. What's the actual difference between them?",
        "cca-vs-ccs",
    ),
    (
        "I've been applying to billing jobs for 4 months and have no experience. "
        "Is it normal that nobody calls back?",
        "biller-competition",
    ),  # was declined
    (
        "TL;DR: is the job market for medical records people actually growing right now "
        "or is that just marketing from schools?",
        "job-outlook",
    ),  # was unsure
    (
        'I keep reading that "autonomous coding" is the next big thing. '
        "Is that going to wipe out entry-level coding jobs?",
        "ai-and-the-future",
    ),  # was the outlook
    (
        "I have an associate's degree and would like to transition into medical billing. "
        "What steps would you recommend?",
        "become-biller",
    ),  # was whether it is worth it
    (
        "Which certifications do employers ask for most in job postings?",
        "certifications-overview",
    ),  # was unsure
    ("cpc exam length", "cpc-exam"),  # was how long training takes
    (
        "I have a bachelor's in biology. medical coding seems hard, is it?",
        "coding-difficulty",
    ),  # was prerequisites
    ("So basically should i become a medical biller", "benefits"),  # was how to become one
    ("i'm 58 and never went 2 college, can i still become a medical biller", "prerequisites"),
    (
        "is aapc membership required for the cpc exam",
        "cpc-exam",
    ),  # was declined: membership costs are not covered
    ("cpc eligibility", "cpc-exam"),  # was the prerequisites of a program
    ("how much experience removes the a", "cpc-apprentice"),  # was declined
    (
        "how long does it take the average new coder to land a job",
        "coder-competition",
    ),  # was how long training takes
    ("does the cpc count in other countries", "relocation"),  # was the A
    ("what books can i bring to the cbcs", "cbcs"),  # was the CPC exam
    ("is the cca exam multiple choice", "cca-vs-ccs"),  # was the CPC exam
    ("who can sit for the cpc", "cpc-exam"),  # was whether one needs a credential
    (
        "froget the pay, can i do this from home",
        "remote-work",
    ),  # "froget" was split into "fro get" and declined
    ("is hybrid work common in this filed", "remote-work"),  # was declined
    (
        "i have worked front desk at a clinic do i still need to get certified",
        "certification",
    ),  # unpunctuated: was declined (front desk read as asked)
    (
        "i live two hours from the nearest city and don't drive "
        "realistically could i land something i can do from home",
        "remote-work",
    ),  # was declined
    (
        "longtime lurker i'm finishing my coding certificate next month and trying to budget "
        "what should i expect to earn in my first year",
        "coder-pay",
    ),  # unpunctuated run-on: was how long training takes
    (
        "This might sound silly but what skills do you need to be a medical biller",
        "biller-traits",
    ),  # a run-on split at "do you"
    (
        "not the pay, what's the actual work like for coders",
        "coder-day",
    ),  # was pay: "not the pay," was not set aside
    ("i hate the phone, can i still be a biller", "biller-traits"),  # was how hard billing is
    (
        "Not gonna lie, My teacher used 2019 job projections. What do the newest ones say?",
        "outlook-today",
    ),  # was declined: a teacher read as another job
    (
        "Long story short, I'm a caregiver for my grandmother, so I can't commute anywhere. "
        "Is there remote work in this field?",
        "remote-work",
    ),  # was declined
    ("my job just rolled out cac software, r we cooked", "ai-and-the-future"),  # was unsure
    ("starting pay?", "biller-pay"),  # was unsure: "starting pay" was no pay word, "starting salary" was
    (
        "are the salary numbers up to date",
        "pay-today",
    ),  # was the help reply: whether pay figures are current is the newest pay
    ("is the pay info outdated", "pay-today"),  # was the help reply
    (
        "is that salary current",
        "pay-today",
    ),  # was the help reply: the newest pay, each figure with source and year
    ("how old is the salary data", "pay-today"),  # was who is too old to start
    ("is the outlook info outdated", "outlook-today"),  # was the help reply
    ("updated job outlook?", "outlook-today"),  # was AI: "updated" read as yearly code updates
    ("how many billers work in the us", "outlook-today"),  # was what billing is
    ("how many coders are employed in the us", "outlook-today"),  # was where coders work
    (
        "how long does it take to get a billing and coding certification",
        "training-length",
    ),  # was the list of credentials: one credential earned is no list
    ("i never went to college, can i still be a coder", "prerequisites"),  # was how hard billing is
    ("how would i go about being a medical biller", "become-biller"),  # was unclear
    ("what does it take to be a coder", "become-coder"),  # was unsure
    ("what does it take to be a great coder", "coder-traits"),  # a good one is still the traits
    (
        "is a year enough to train for coding",
        "training-length",
    ),  # was coder pay: "a year" read as a year's pay
    ("can i learn billing in a year", "training-length"),  # was biller pay
    ("how much do coders make in a year", "coder-pay"),  # a year's pay is still pay
    (
        "do healthcare coders work in hospitals or offices",
        "coder-workplace",
    ),  # was what coding is: "healthcare" before a role says what "medical" says
    ("how do i become a health care biller", "become-biller"),  # was answered, less sure
    (
        "is there a certificate just for billers",
        "certifications-overview",
    ),  # was whether a certificate is needed
    ("is it a decent idea to become a medical biller", "benefits"),  # was how to become one
    ("can you do medical coding and billing remotely from day one", "remote-work"),  # was the day's work
    ("what happens on day one as a coder", "coder-day"),  # day one on the job is still the day
    (
        "Sorry, another question: whats a medical coder do exactly",
        "what-is-coding",
    ),  # was how to become one: "another question" is chatter like "quick question"
    ("one more question: is billing hard", "billing-difficulty"),
    (
        "I'm 24 and drowning in student loans, what do coders actually earn? I'm so confused.",
        "coder-pay",
    ),  # was declined (student loans): a sentence after it made the told clause part of what was asked
    (
        "I'd like to know what's coding?",
        "what-is-coding",
    ),  # was the day's work: "like" and "know" were read as words of the question
    ("Can someone tell me entry level pay?", "biller-pay"),  # was unsure
    ("I'd like to know does the cpc-a hurt my chances", "cpc-apprentice"),  # was unsure
    (
        "what does a biller do in a hospital honestly",
        "what-is-billing",
    ),  # was unsure: a hedge at the end hid where the question ends
    (
        "what do medical coders do, realistically",
        "what-is-coding",
    ),  # was coder pay ("realistically" is in pay phrasings)
    ("should i become a medical biller in general", "benefits"),  # was how to become one
    ("what's the pay like, realistically", "biller-pay"),  # was unsure
    ("explain icd-10 codes for a beginner", "code-sets"),  # was declined as a code look-up
    ("what are cpt codes for beginners", "code-sets"),  # was declined as a code look-up
    (
        "what do certified coders do",
        "what-is-coding",
    ),  # was certification: a certified coder is whom it asks about
    ("do certified coders work in hospitals or offices", "coder-workplace"),  # was certification
    ("can i work from home as a certified coder", "remote-work"),  # was certification
    ("benefits of being a certified coder", "benefits"),  # was certification
    ("do employers want certified coders", "certification"),  # being hired is what certification is for
    ("certified vs not certified coder, big difference?", "certification"),
    (
        "am i coder material",
        "coder-traits",
    ),  # was both roles' traits: "coder material" had lost the role it names
    (
        "can i become a coder without college",
        "prerequisites",
    ),  # was how to become one: whether one can without a degree is what is needed first
    ("can i become a biller without a degree", "prerequisites"),  # was how to become one
    (
        "how do i become a coder with no degree",
        "become-coder",
    ),  # how to, with no degree, is still becoming one
    (
        '"can i work from home as a medical coder"',
        "remote-work",
    ),  # was unsure: the opening quote split the question in two
    ("`how much do coders make`", "coder-pay"),
    (
        "- if i want the easier path should i pick billing or coding",
        "which-is-easier",
    ),  # was asked to decide: a list item's dash hid the question
    ("> is coding hard", "coding-difficulty"),  # a quote block
    (
        "*can i work from home as a biller*",
        "remote-work",
    ),  # was unsure: markup before "can" split the question
    ("(can i work from home as a biller)", "remote-work"),
    (
        "*if i want the easier path should i pick billing or coding*",
        "which-is-easier",
    ),  # was asked to decide: markup before "if" hid the condition
    (
        "hey bot if i want the easier path should i pick billing or coding",
        "which-is-easier",
    ),  # was asked to decide: "hey bot" with no comma was read as part of it
    ("**how much do coders make**", "coder-pay"),
    (
        "should i become a medical biller fr",
        "benefits",
    ),  # was how to become one: chat's tail hid where the question ends
    ("what does a biller do in a hospital xD", "what-is-billing"),  # was unsure
    (
        "yo who are medical billers",
        "what-is-billing",
    ),  # was unclear: "yo" with no comma was read as part of it
    ("bro is coding hard", "coding-difficulty"),
    ("is coding hard tbh", "coding-difficulty"),
    (
        "what does a biller do in a hospital honestly 😭",
        "what-is-billing",
    ),  # was unsure: an emoji after a closing hedge left the hedge in
    (
        "should i become a medical biller in general xD",
        "benefits",
    ),  # was how to become one: two closers in a row
    ("is coding hard? :)", "coding-difficulty"),
    (
        "can i use my florida billing certificate in georgia",
        "relocation",
    ),  # was whether certification is needed: one state's certificate in another is moving
    ("is the cpc exam long", "cpc-exam"),  # was training length: how long the exam runs is the exam
    ("is the cpc 4 hours long", "cpc-exam"),  # was training length
    ("is the cpc course long", "training-length"),  # a course is training
    (
        "from pharmacy tech to medical coder, how?",
        "become-coder",
    ),  # was unclear: a way from another job into coding is becoming a coder
    ("from cashier to coder?", "become-coder"),  # was unclear
    ("from 2019 to now, has coder pay gone up", "pay-today"),  # years are no job
    (
        "what does cpc mean",
        "certifications-overview",
    ),  # was what coding is: what the letters mean is what they stand for
    ("what is the cpc certification", "cpc-exam"),  # was whether certification is needed
    ("are my chances of getting hired slim", "biller-competition"),  # was declined: "slim" was a stranger
    ("are billers going to be replaced by computers", "ai-and-the-future"),  # was the 2019 outlook
    (
        "can i learn billing from home",
        "training-length",
    ),  # was remote work: learning from home is how training is taken
    ("is it possible to learn coding online", "training-length"),  # was how hard coding is
    ("can you train for coding at home", "training-length"),  # was remote work
    (
        "can i learn billing and then work from home",
        "remote-work",
    ),  # working from home after training is remote work
    ("is it hard to learn coding online", "coding-difficulty"),
    (
        "are billing and coding kind of the same sill set",
        "similarities",
    ),  # was the difference: "sill" was mended to "still", not to "skill" as "set" asks
    (
        "what does a biller do after the cder is done",
        "billing-vs-coding",
    ),  # was continuing education: "cder" was mended to "cert"
    (
        "how do i enter the coding field",
        "become-coder",
    ),  # was both roles with the biller's first: the phrase had swallowed the role it names
    ("how does one enter the coding profession", "become-coder"),  # was both roles, the biller's first
    ("what are a coder's job prospects", "coder-competition"),  # was both roles, the biller's first
    ("what are a biller's job prospects", "biller-competition"),
    ("do coders make much", "coder-pay"),  # was the coder's traits: making much is pay
    ("coders don't make much, do they?", "coder-pay"),  # was the coder's traits
    ("do billers make a lot", "biller-pay"),  # was the biller's traits
    ("do billers make a lot of phone calls", "biller-day"),  # a lot of calls is the day, not pay
    (
        "are billers needed",
        "job-outlook",
    ),  # was whether certification is needed: whether the role is needed is demand
    ("do hospitals still need coders", "job-outlook"),  # was where coders work
    ("is coding still a thing", "job-outlook"),  # was unclear
    ("is coding for smart people", "coder-traits"),  # was why choose coding: whom a role suits is its traits
    ("are billers required to be certified", "certification"),
    (
        "do billers have to go to an office",
        "remote-work",
    ),  # was unsure: having to go to an office is whether the work is remote
    ("is the cpc exam in person", "cpc-exam"),  # was remote work: where the exam is taken is the exam
    ("can i take the cpc from home", "cpc-exam"),
    ("can i work from home with a cpc", "remote-work"),
    (
        "are coders happy",
        "benefits",
    ),  # was unclear: whether those in the job are happy in it is what it is worth
    ("are coders happy with their pay", "coder-pay"),  # happy with the pay is pay
    (
        "certification for inpatient coders",
        "certifications-overview",
    ),  # was whether certification is needed: a credential for a setting is which credential
    (
        "outpatient vs inpatient coding certification",
        "certifications-overview",
    ),  # was whether certification is needed
    ("is the ccs an inpatient credential", "cca-vs-ccs"),  # a credential named is that credential
    ("do hospital coders need certification", "certification"),
    (
        "do i need school to be a biller",
        "prerequisites",
    ),  # was how hard billing is: whether schooling is needed is what is needed first
    ("do i have to go to school to be a coder", "prerequisites"),  # was how hard coding is
    ("is school required for billing", "prerequisites"),  # was how hard billing is
    (
        "what if i pass the cpc with no experience",
        "cpc-apprentice",
    ),  # was the exam: passing it with no experience is what earns the A
    ("what if billing jobs dry up", "job-outlook"),  # was what billing is: jobs drying up is the outlook
    ("are coding jobs drying up", "job-outlook"),  # was unclear
    ("do billers submit claims to insurance", "what-is-billing"),  # the job, not one claim
    ("what software do coders use", "coder-day"),  # the work, not a product to pick
    (
        "is medical billing like accounting",
        "what-is-billing",
    ),  # accounting as a yardstick for the job, not another job asked about
]


@pytest.mark.parametrize(("message", "faq_id"), MESSAGES_AS_WRITTEN)
def test_messages_as_people_write_them(advisor: Advisor, message: str, faq_id: str | None):
    result = advisor.ask_result(message)
    assert result.faq_id == faq_id
    assert faq_id is None or result.sure


def test_a_role_set_aside_is_left_out_of_the_answer(advisor: Advisor):
    result = advisor.ask_result("not interested in coding at all, just tell me what billers make")
    assert (result.why, result.faq_id) == ("answer", "biller-pay")


def test_autocomplete_keystrokes_do_not_grow_memory_without_bound(advisor: Advisor):
    # Each keystroke's text is read; a cached answer never starts a new message to clear them.
    normalizer = advisor.index.normalizer
    for n in range(MEMO_TEXTS + 50):
        advisor.suggest_questions(f"how much do coders make in year {n}")
    assert len(normalizer._read) < MEMO_TEXTS and len(normalizer._spelled) < MEMO_TEXTS
    assert advisor.suggest_questions("how much do coders make")[0][1] == "coder-pay"


def test_another_job_in_common_is_no_match(advisor: Advisor):
    # A phrasing that mentions medical assistants does not make this a question about pay.
    result = advisor.ask_result("medical billing vs medical assistant")
    assert not result.sure


def test_a_piece_that_names_nothing_is_not_a_second_question(advisor: Advisor):
    result = advisor.ask_result("Anyone else? How long did it take you to land your first coding job?")
    assert result.why != "two"
    assert "coder-competition" in (result.faq_id, *result.suggestions[:1])


def test_the_combined_job_title_asks_about_both_roles(advisor: Advisor):
    # "Specialist" is part of a job title, not a topic: it must not pull toward "what is a…".
    result = advisor.ask_result("how can i become a billing and coding specialist")
    assert result.why == "pair"
    assert {result.faq_id, result.suggestions[0]} == {"become-biller", "become-coder"}


@pytest.mark.parametrize(
    "question",
    [
        # One word we have never seen in a long message is chatter, not another subject.
        "everyone online keeps saying you need your cpc but my community college program just gives "
        "a certificate, do i actually need the cpc to get hired",
        "a friend keeps saying i need the cpc first, is that true",
    ],
)
def test_long_questions_are_not_declined_for_one_unknown_word(advisor: Advisor, question: str):
    result = advisor.ask_result(question)
    assert result.why in ("answer", "unsure")
    assert "certification" in (result.faq_id, *result.suggestions)


@pytest.mark.parametrize(
    "question",
    [
        "should i choose billing or coding",
        "help me decide between billing and coding",
        "which career is right for me, billing or coding?",
        "which one fits my personality",
        "which is better, billing or coding",
        "quiz",
        "im torn between billing and coding",
        "billing or coding for me?",
        "what should i study, billing or coding",
        "help me choose",
        "Which would suit me better, billing or coding?",
        "how do i figure out if i'm more of a biller or a coder",
        "should I do billing or coding? I'm not sure what suits me",  # a doubt, not a trait
        "which career fits me",
    ],
)
def test_choosing_between_the_two_offers_the_quiz(advisor: Advisor, question: str):
    result = advisor.ask_result(question)
    assert result.why == "decide" and result.sure
    reply = advisor.ask(question)
    assert reply.title == "Billing or coding: which fits you?"
    assert f"asks {len(_content.quiz.questions)} quick questions" in reply.text
    labels = [c.label for c in reply.choices]
    assert labels[:2] == ["Compare billing and coding", "Take the quiz"]
    started = advisor.handle_action(reply.choices[1].action)
    assert "Question 1 of" in started.text or "Question 1 of" in started.title


@pytest.mark.parametrize(
    ("question", "faq_id"),
    [
        # Choosing, but on a named ground: that ground's answer, not the quiz.
        ("billing or coding, which pays more?", "biller-pay"),
        ("should i pick billing or coding if i want the easier path", "which-is-easier"),
        ("do i really have to choose between coding and billing", "combined-role"),
        # The ground told in a sentence of its own, the choosing in the next.
        ("I want to work from home. Which one should I pick?", "remote-work"),
        # "Go for" in "which one should I go for" is the choosing, not whether it is worth it.
        ("I hate phones, which one should I go for", "biller-day"),
    ],
)
def test_choosing_on_a_named_ground_gets_that_answer(advisor: Advisor, question: str, faq_id: str):
    assert advisor.ask_result(question).faq_id == faq_id


@pytest.mark.parametrize(
    "question",
    [
        "if i like talking to people should i do billing or coding",
        "i'm super detail oriented, should i choose billing or coding",
        "im shy, should i pick billing or coding",
        "introvert here, should i pick coding or billing",  # told without "I am"
    ],
)
def test_choosing_by_a_trait_told_gets_what_each_role_needs(advisor: Advisor, question: str):
    # The trait told is the ground: both roles' traits side by side, not the quiz alone.
    result = advisor.ask_result(question)
    assert (result.why, {result.faq_id, result.suggestions[0]}) == ("pair", {"biller-traits", "coder-traits"})
    # …with the quiz a button away, since the question was which one fits.
    reply = advisor.ask(question)
    quiz_button = next(c for c in reply.choices if c.label == "Take the quiz")
    assert advisor.handle_action(quiz_button.action).kind == "quiz"


def test_a_cost_told_in_a_clause_does_not_decline_the_clause_that_asks(advisor: Advisor):
    result = advisor.ask_result("i can't afford the exam right now, can i get a billing job without it")
    assert result.why != "not-covered"
    assert "certification" in (result.faq_id, *result.suggestions[:1])


def test_a_claim_checked_before_a_worry_is_about_the_claim(advisor: Advisor):
    # "Is that true, or will I be stuck…": the claim told just before is what is asked about.
    result = advisor.ask_result(
        "My employer has offered to move me from the front desk into billing and train me themselves. "
        "The office manager says I don't need any certification. Is that true, or will I be stuck if I "
        "ever want to leave?"
    )
    assert result.why != "off-topic"
    assert "certification" in (result.faq_id, *result.suggestions[:1])


def test_a_bare_choice_after_what_was_told_chooses_on_it(advisor: Advisor):
    # "Billing or coding?" alone names nothing to choose on; the sentence before it does.
    result = advisor.ask_result("I'm bad at math but good at reading. Billing or coding?")
    assert (result.why, result.faq_id, result.suggestions[0]) == ("pair", "biller-traits", "coder-traits")


def test_a_subject_no_source_covers_says_so_instead_of_guessing(advisor: Advisor):
    reply = advisor.ask("how expensive is billing training?")
    assert reply.kind == "fallback" and reply.title == "I don't have that information"
    assert "won't guess" in reply.text and "/compare" in reply.text


@pytest.mark.parametrize(
    ("message", "faq_id"),
    [
        # A second guess no source covers leaves the first to answer…
        (
            "Is the coding job market really this slow or is something wrong with my resume?",
            "coder-competition",
        ),
        ("is it hard to get a billing job or is it my resume", "biller-competition"),
        # …but not when the first guess is the one no source covers.
        ("is something wrong with my resume or is the coding job market just bad?", None),
        ("how much does the cpc exam cost or is it free", None),
    ],
)
def test_a_guess_no_source_covers_does_not_decline_the_other(
    advisor: Advisor, message: str, faq_id: str | None
):
    assert advisor.index.match(message).faq_id == faq_id


def test_unsure_question_offers_up_to_three_suggestions(advisor: Advisor):
    # Only "coding" is understood; answering "What is medical coding?" outright would be a guess.
    result = advisor.ask_result("is coding stressful")
    assert result.faq_id is None and result.why == "unsure"
    reply = advisor.ask("is coding stressful")
    assert reply.title == "Did you mean…"
    assert 1 <= len(reply.choices) <= 3
    assert all(c.action.startswith("faq:") for c in reply.choices)
    pressed = advisor.handle_action(reply.choices[0].action)
    assert pressed.kind == "answer" and pressed.footer.startswith(("Source:", "Sources:"))


@pytest.mark.parametrize(
    "question", ["", "   ", "\u200b\u200b", "😀😀😀", "@everyone", "<!channel>", "**bold** `x`", "?" * 50]
)
def test_empty_or_junk_input_gets_the_friendly_fallback(advisor: Advisor, question: str):
    reply = advisor.ask(question)
    assert reply.kind == "fallback"
    assert "/compare" in reply.text and "/quiz" in reply.text
    assert question.strip() not in reply.text or not question.strip()


def test_ten_thousand_characters_are_trimmed_with_a_note(advisor: Advisor):
    reply = advisor.ask("how much do coders make " + "really " * 1700)
    assert reply.kind in ("answer", "suggest", "fallback")
    assert "read only the first 2,000 characters" in reply.text


def test_invisible_characters_do_not_push_the_question_out_of_reach(advisor: Advisor):
    reply = advisor.ask("\u200b" * 3000 + "how much do coders make?")
    assert reply.title == _content.faq["coder-pay"].question
    assert "read only the first" not in reply.text


@pytest.mark.parametrize("question", ["What's AHIMA?", "What’s AHIMA?", "whats ahima"])
def test_whats_reads_the_same_with_or_without_its_apostrophe(advisor: Advisor, question: str):
    # "'s" after a noun is a possessive ("a coder's pay"), after "what" it is "is": it was dropped
    # there too, and "what's ahima" missed what "whats ahima" found.
    assert advisor.index.match(question).why == advisor.index.match("whats ahima").why == "not-covered"


def test_code_lookup_says_plainly_it_does_not_look_up_codes(advisor: Advisor):
    reply = advisor.ask("what is cpt code 99213")
    assert "don't look up" in reply.title.lower() + reply.text.lower()


def test_answers_name_their_source(advisor: Advisor):
    reply = advisor.ask("how much do coders make")
    assert reply.footer == (
        "Sources: Medical Coding and Billing Career: Is It Right For You? (2019) · "
        "BLS May 2024, as quoted by medicalbillingandcoding.training: job description (updated Feb 2026)"
    )
    assert "$21 an hour" in reply.text and "$50,250 a year in May 2024" in reply.text


def test_json_shape(advisor: Advisor):
    payload = advisor.ask_result("how much do coders make").as_json()
    assert set(payload) == {"faq_id", "confidence", "suggestions", "why"}
    assert payload["faq_id"] == "coder-pay" and 0 <= payload["confidence"] <= 1
    assert payload["why"] == "answer"
    assert advisor.ask_result("which cpt code for a flu shot").as_json()["why"] == "code-lookup"


def test_autocomplete_offers_at_most_25_matching_questions(advisor: Advisor):
    suggestions = advisor.suggest_questions("salary")
    assert 1 <= len(suggestions) <= 25
    assert suggestions[0][1] in ("biller-pay", "coder-pay")
    assert len(advisor.suggest_questions("")) == 25


@pytest.mark.parametrize(
    "question",
    [
        "where do your facts come from?",
        "where does your salary data come from",
        "is this info from 2019?",
        "are these numbers current",
        "can i trust these numbers",
        "where does that number come from",
        "are these 2019 numbers",
    ],
)
def test_asking_where_answers_come_from_says_the_source_and_its_year(advisor: Advisor, question: str):
    reply = advisor.ask(question)
    assert "2019" in reply.text and "source" in reply.text


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("thanks!", "You're welcome"),
        ("thanks lol", "You're welcome"),  # was declined as off-topic
        ("hi", "Hi! I'm the billing and coding career advisor"),
        ("help", "Here's what I can do"),
        ("bye!", "Goodbye, and good luck"),
    ],
)
def test_small_talk_gets_a_polite_reply_not_a_guess(advisor: Advisor, message: str, title: str):
    reply = advisor.ask(message)
    assert reply.title == title
    assert reply.choices_label != "Did you mean"
    assert "/quiz" in reply.text
    assert any("quiz" in c.label.lower() for c in reply.choices)


def test_a_difference_question_without_names_is_still_about_our_roles(advisor: Advisor):
    assert advisor.ask_result("what's the difference between the two?").faq_id == "billing-vs-coding"
    assert advisor.ask_result("difference between coder and biller").faq_id == "billing-vs-coding"
    assert advisor.ask_result("difference between a medical biller and coder").faq_id == "billing-vs-coding"


def test_small_talk_inside_a_question_still_gets_the_answer(advisor: Advisor):
    assert advisor.ask_result("hi, how much do coders make?").faq_id == "coder-pay"
    assert advisor.ask_result("thanks! and can i work from home?").faq_id == "remote-work"


def test_a_question_naming_both_roles_gets_the_entry_comparing_them(advisor: Advisor):
    result = advisor.ask_result("how hard are medical billing and coding to learn?")
    assert result.faq_id == "which-is-easier"
    assert set(result.suggestions) >= {"billing-difficulty", "coding-difficulty"}


def test_a_dollar_sign_asks_about_pay(advisor: Advisor):
    assert advisor.ask_result("coder $?").faq_id == "coder-pay"
    assert advisor.ask_result("billers make $$?").faq_id == "biller-pay"


def _readme_outcomes() -> list[tuple[set[str], str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### How a question is answered", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (`[^|]+) \|[^|]+\| \"([^\"]+)\" \|$", table, re.MULTILINE)
    return [(set(re.findall(r"`([a-z-]+)`", whys)), example) for whys, example in rows]


@pytest.mark.parametrize(("whys", "example"), _readme_outcomes())
def test_readme_examples_of_each_outcome_hold(advisor: Advisor, whys: set[str], example: str):
    assert advisor.ask_result(example).why in whys


def test_readme_lists_every_outcome():
    listed = set().union(*(whys for whys, _ in _readme_outcomes()))
    assert set(typing.get_args(Why)) <= listed


# The same questions asked of each role and of the field, in the forms people use: every form
# must find the entry (a regression net for vocabulary and patterns, not one hand-picked line).
_ROLE_FORMS = {
    "billing": {
        "people": "medical billers",
        "one": "a medical biller",
        "field": "medical billing",
        "x": "biller",
    },
    "coding": {"people": "medical coders", "one": "a medical coder", "field": "medical coding", "x": "coder"},
}
_ROLE_TEMPLATES = {
    "{x}-pay": [
        "how much do {people} make",
        "what do {people} get paid",
        "what's the hourly wage for {people}",
    ],
    "{x}-competition": ["is it hard to get a job in {field}", "are jobs for {people} hard to get"],
    "{role}-difficulty": ["how difficult is {field} to learn", "is learning {field} tough"],
    "{x}-day": ["what do {people} do every day", "day in the life of {one}"],
    "{x}-traits": ["what skills do {people} need", "what qualities should {one} have"],
    "become-{x}": ["steps to become {one}", "how can i get into {field}"],
    "what-is-{role}": ["what does {one} do", "explain {field}"],
}
_FIELD_TEMPLATES = {
    "remote-work": ["is {field} a work from home job", "are there remote jobs in {field}"],
    "training-length": ["how many months of training for {field}", "how long until i can work in {field}"],
    "certification": ["can i work in {field} without a certificate", "is certification required in {field}"],
    "job-outlook": ["will {field} jobs exist in 10 years", "is there demand for {field}"],
    "prerequisites": ["can i study {field} with just a ged", "what education do i need for {field}"],
    "relocation": ["if i move can i keep working in {field}", "is {field} the same in every state"],
    "continuing-education": ["how do i keep my {field} credential", "do i need ceus for {field}"],
}
TEMPLATED = [
    (template.format(**forms), faq_id.format(role=role, **forms))
    for role, forms in _ROLE_FORMS.items()
    for faq_id, templates in _ROLE_TEMPLATES.items()
    for template in templates
] + [
    (template.format(field=field), faq_id)
    for faq_id, templates in _FIELD_TEMPLATES.items()
    for template in templates
    for field in ("medical billing", "medical coding", "billing and coding")
]


@pytest.mark.parametrize(("question", "faq_id"), TEMPLATED)
def test_each_topic_is_found_in_the_forms_people_use(advisor: Advisor, question: str, faq_id: str):
    assert advisor.ask_result(question).faq_id == faq_id


@pytest.mark.parametrize(
    ("sentences", "why"),
    [
        (["what is cpt 99213"], "code-lookup"),
        (["i work in billing", "how do i appeal a denied claim"], "claim-help"),
        (["which coding school is the best"], "vendor"),
        (["how much do coders make"], None),
    ],
)
def test_declines_are_recognised_sentence_by_sentence(sentences: list[str], why: str | None):
    assert declines.declined(sentences) == why


def test_office_troubles_told_at_length_are_not_answered_from_the_background(advisor: Advisor):
    # "What should I do?" asks about what was told: a manager and office drama, not the job.
    message = (
        "So I've been working as a medical coder for about 5 years and honestly I love it, but lately my "
        "manager has been really difficult and there's a lot of drama in the office. I'm thinking about "
        "going to HR but I'm not sure if that's the right move. Has anyone dealt with something like "
        "this? What should I do?"
    )
    assert advisor.ask_result(message).faq_id is None


def test_a_link_alone_says_so_and_offers_what_the_advisor_can_do(advisor: Advisor):
    reply = advisor.ask("https://www.example.com/what-is-medical-coding")
    assert reply.title == "I can't open links"
    assert "own words" in reply.text
    assert [c.label for c in reply.choices][:2] == ["Compare billing and coding", "Take the quiz"]


@pytest.mark.parametrize(
    ("message", "faq_id"),
    [
        ("how much do billers and coders make", "biller-pay"),  # the roles joined: the pay pair
        ("is billing cutthroat and stressful", "billing-stress"),  # one topic, described twice
        ("can you study billing and coding together", "combined-role"),
    ],
)
def test_words_joined_by_and_that_are_not_two_topics_stay_one_question(
    advisor: Advisor, message: str, faq_id: str
):
    result = advisor.ask_result(message)
    assert result.why != "two" and result.faq_id == faq_id


@pytest.mark.parametrize(
    ("question", "faq_id"),
    [
        # Formal words that mean something else in programming or chat: "function" is a purpose here.
        ("What is the function of the HCPCS Level II code set?", "code-sets"),
        ("Is the CPC examination administered remotely?", "cpc-exam"),
        ("How frequently must medical coders update their knowledge of code sets?", "continuing-education"),
        ("Would obtaining a credential improve my employment prospects in billing?", "certification"),
        ("What characteristics are desirable in a prospective medical coder?", "coder-traits"),
        (
            "What is the most recent Bureau of Labor Statistics projection for medical records occupations?",
            "outlook-today",
        ),
        ("is the pay in that article out of date", "pay-today"),
        ("list the medical coding certifications", "certifications-overview"),
        ("how long until the a comes off", "cpc-apprentice"),
        ("Could you recommend an accredited online coding academy?", None),
        ("what is a function in coding", None),
        ("How would you differentiate the roles of billing and coding personnel?", "billing-vs-coding"),
        ("Do medical coders receive competitive compensation?", "coder-pay"),  # pay, not competition
        ("How steep is the learning curve associated with medical billing?", "billing-difficulty"),
        ("What is the duration of the CPC examination?", "cpc-exam"),
        ("For whom is the Certified Coding Associate credential designed?", "cca-vs-ccs"),
        ("how much do certified professional coders make", "coder-pay"),  # the full name keeps its role
        ("Could you enumerate the principal certifications for medical coders?", "certifications-overview"),
        ("What are the merits of pursuing a career in medical coding?", "benefits"),
        ("What prior schooling is expected of candidates for medical billing roles?", "prerequisites"),
        # Bodies that award credentials, not credentialing providers with payers (a biller's task).
        ("Which credentialing bodies offer certifications in medical billing?", "certifications-overview"),
        ("icd 10 code chest pain", None),  # a code look-up typed as a search
        ("cpt codes explained", "code-sets"),
        # "Billing and coding" as one field: the hiring entries, not how hard the work is.
        ("why is it so hard to get a billing and coding job", "biller-competition"),
        ("do billing and coding jobs usually come as a package", "combined-role"),
        ("What educational qualifications are required to become a medical coder?", "prerequisites"),
        # Steps to a first position are the way in; securing one is getting hired.
        ("What steps should an aspiring medical biller take to obtain a first position?", "become-biller"),
        ("How difficult is it for a newly certified coder to secure employment?", "coder-competition"),
        ("How should a provider dispute an underpayment from an insurer?", None),
        # No college told, then "can I still become…": whether schooling stands in the way.
        ("i'm 58 and never went to college, can i still become a medical coder", "prerequisites"),
        (
            "what does the bls say billers make",
            "pay-today",
        ),  # BLS has no biller figure: the newest answer says so
        (
            "What are the eligibility requirements for the Certified Coding and Billing Specialist exam?",
            "cbcs",
        ),
        ("what's the minimum schooling to become a biller", "prerequisites"),
        ("what coding systems do coders use", "code-sets"),  # code systems, not the software
        ("what does the biller get from the coder", "billing-vs-coding"),
        ("can i do billing and coding instead of picking one", "combined-role"),
        # Asked indirectly ("I was wondering how much…"): no "do" before the verb.
        ("i was wondering how much medical coders usually make", "coder-pay"),
        ("could you list the certifications for coders", "certifications-overview"),
        ("list every billing and coding credential", "certifications-overview"),
        # "Usually" and "medical" before a role change nothing of what is asked.
        ("what software do coders usually use", "coder-day"),
        ("how do billers and coders usually work together", "similarities"),
        ("how long does it take most new medical coders to get hired", "coder-competition"),
        ("what did bls say medical coders make in 2024", "pay-today"),
        # A claim heard, then checked: the claim is the subject.
        ("i heard coding jobs are growing 7%, is that current", "job-outlook"),
        ("people say the cpc is the only cert that matters, true?", "certifications-overview"),
        # Words left out, as people new to English write: still the same question.
        ("what biller do everyday in office", "biller-day"),
        ("what kind person good for billing", "biller-traits"),
        ("abeg can person do medical billing from house", "remote-work"),  # "from house": from home
        ("did your cert transfer when you moved", "relocation"),
        ("what are the certification available for medical coder", "certifications-overview"),
        ("i got a medical bill i can't pay, what do i do", None),
        ("my kid wants to learn coding, what language should he start with", None),
        # Whether the work is fun, asked of "it": the day at work, for both roles.
        ("is it a fun job?", "biller-day"),
        ("is it enjoyable?", "biller-day"),
        ("how hard is it to pick up coding", "coding-difficulty"),  # not "upcoding", the fraud
    ],
)
def test_formal_and_everyday_words_do_not_hide_the_topic(advisor: Advisor, question: str, faq_id: str | None):
    assert advisor.ask_result(question).faq_id == faq_id


@pytest.mark.parametrize(
    ("message", "faq_ids"),
    [
        # Words that only open or close a message leave the question as it was.
        ("ok so i'm a biller, how do i move into coding", {"become-coder"}),
        ("honestly, i'm a biller, what's the fastest way to become a coder", {"become-coder"}),
        ("what does a biller do in a hospital pls", {"biller-day", "what-is-billing"}),
        ("my boss says I have to do coding and billing both. is that common nowadays?", {"combined-role"}),
        ("everyone says coding is really hard. is it pls", {"coding-difficulty"}),
        ("summarize med billing", {"what-is-billing"}),  # "med" is short for medical
        ("also, coder salary per year", {"coder-pay"}),  # "also" opens a second question, not a second role
        ("do you know what's the job of a medical biller", {"what-is-billing"}),
        ("I need to know what's the work itself like for coders", {"coder-day"}),
        ("Could someone explain what biller is doing all day", {"biller-day"}),
        ("should i become a medical biller lol", {"benefits"}),
        ("everyone says coding is really hard. is it lol", {"coding-difficulty"}),  # the last sentence asks
        ("could you list the certifications for coders right now?", {"certifications-overview"}),
        ("whats icd10", {"code-sets"}),  # typed without its hyphen, as "icd-10" reads
        ("icd9 vs icd10", {"code-sets"}),
        ("how are billing & coding related", {"similarities"}),  # "&" and "/" join the two like "and"
        ("can one certificate cover billing/coding", {"combined-role"}),
        ("I'm curious, what exactly do coders make", {"coder-pay"}),  # "exactly" is no "what is"
        ("what is medical coding job exactly, please explain in detail", {"what-is-coding"}),
        ("does the coding specialist or the biller send the claim", {"billing-vs-coding"}),
        ("I want to know what's the job of a medical biller", {"what-is-billing"}),
        ("I'm new here. i'm a biller, how do i move into coding", {"become-coder"}),
        ("should i become a medical biller in the us?", {"benefits"}),  # every answer is about the US
        ("can i work as a biller anywhere in the us", {"relocation"}),
        ("Hey, i'm a biller, how do i move into coding", {"become-coder"}),  # the greeting is no part of it
        ("I want to become a coder. Thanks in advance!", {"become-coder"}),
        ("I was hoping you could tell me how difficult coding is to learn. TIA", {"coding-difficulty"}),
    ],
)
def test_openers_closers_and_short_forms_change_nothing(advisor: Advisor, message: str, faq_ids: set[str]):
    assert advisor.ask_result(message).faq_id in faq_ids


@pytest.mark.parametrize(
    ("message", "faq_ids"),
    [
        # Other grammar or other words for the same question: the same answer.
        ("how much does billing and coding pay", {"biller-pay", "coder-pay"}),  # the field, not doing both
        ("does billing and coding require continuing education", {"continuing-education"}),
        ("my friend does billing and coding at a clinic, is that common", {"combined-role"}),
        ("are billing jobs challenging to come by", {"biller-competition"}),  # getting one, like "hard"
        (
            "what certificate do most coders have",
            {"certifications-overview"},
        ),  # which one, like "certification"
        ("describe a medical coder's average day", {"coder-day"}),  # an average day, not average pay
        (
            "is it possible to get a coding job without experience",
            {"coder-competition"},
        ),  # like "can you get…"
        ("is it necessary to have my cpc to get hired", {"certification"}),  # like "do I need my CPC…"
        ("am i able to learn coding in 3 months", {"training-length"}),  # "can I…"
        ("is it possible for me to make a decent living as a coder", {"coder-pay"}),  # "can I…"
        ("Is a six month coding program enough?", {"training-length"}),  # as "a 6 month…"
        ("is thirty /hr realistic for a coder", {"coder-pay"}),
        ("is 18hr good for billing", {"biller-pay"}),  # "18hr" typed without its slash
        ("what does the cpca designation signify", {"cpc-apprentice"}),  # "cpca" without its hyphen
        ("do i have to have the cpb or can i just apply", {"certification"}),  # "do I need…"
        ("is there billing jobs in small towns?", {"biller-competition"}),  # "are there…"
        # Billers and coders named another way: "billing staff", "coding professionals", "people in coding".
        ("what software do billing staff use", {"biller-day"}),
        ("are there more coding professionals than coding jobs", {"coder-competition"}),
        # A role is a job: "can you get a coding role without experience".
        ("can you get a coding role without experience", {"coder-competition"}),
        ("is billing and coding usually one role", {"combined-role"}),
        ("are coding positions easy to fill", {"coder-competition"}),  # a position is a job too
        ("Is a 6 month coding programme enough?", {"training-length"}),  # British spelling
        ("do i need to be organised to be a coder", {"coder-traits"}),
        ("Please provide an explanation of the medical coding role.", {"what-is-coding"}),
        ("how long does it take most new people in coding to get hired", {"coder-competition"}),
        ("is being a medical coder like programming?", {"what-is-coding"}),  # "is coding like…"
        ("is being a coder just data entry", {"coder-day"}),
    ],
)
def test_the_same_question_in_other_words_gets_the_same_answer(
    advisor: Advisor, message: str, faq_ids: set[str]
):
    assert advisor.ask_result(message).faq_id in faq_ids


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ok so how much do coders make", "how much do coders make"),
        ("Well, is it hard?", "is it hard?"),
        ("is it pls?", "is it?"),
        ("well paid coding jobs?", "well paid coding jobs?"),  # "well" without a comma is a word
        ("so?", "so?"),  # nothing else left: unchanged
        ("thanks", "thanks"),  # small talk on its own stays small talk
        ("Hi! is coding hard? thanks", "is coding hard?"),
        ("I want to know how much coders make", "how much coders make"),
        ("I want to know if coding is hard", "I want to know if coding is hard"),  # no question word after
    ],
)
def test_fillers_are_trimmed_only_at_the_edges(text: str, kept: str):
    assert message.without_fillers(text) == kept


def test_letters_spelled_apart_join_only_into_abbreviations_we_know():
    assert normalize("will A.I. replace coders") == "will ai replace coders"
    assert normalize("what is the U.B. 04") == "what is the ub 04"
    assert normalize("is plan a b or c") == "is plan a b or c"
