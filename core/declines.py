"""What the advisor declines to answer, however it is asked: a specific code, a particular claim
or bill, a school or vendor to recommend. Recognised sentence by sentence, before any matching."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

Declined = Literal["code-lookup", "claim-help", "vendor"]

# A specific code (CPT 99213, 0001U; ICD-10 E11.9, J45) or a how-do-I-code request: the advisor
# explains careers, it does not look codes up.
# Five digits after a pay word or before "a year" are a salary ("do coders make 45000"), not a CPT code.
_PAY_WORDS = "make makes making earn earns earning paid salary than around about over under only"
_SALARY_BEFORE = "".join(f"(?<!{w} )" for w in _PAY_WORDS.split())
_SALARY_AFTER = r"(?! ?(a |an |per )?(year|yr|yearly|annually|annual|salary|dollars|bucks|usd|starting)\b)"
CODE_LOOKUP = re.compile(
    rf"\b({_SALARY_BEFORE}\d{{5}}\b{_SALARY_AFTER}|\d{{4}}[a-z]|[a-z]\d{{2}}\.?[0-9a-z]{{0,4}})\b(?<!\b\d{{4}}s)"
    # …but "is ICD-10 for diagnoses and CPT for procedures" asks what the code sets are for.
    r"|\b(cpt|icd|icd ?10|icd ?10 ?cm|icd ?10 ?pcs|icd10|hcpcs)( codes?)? (for|of)\b"
    r"(?!$| (diagnos[a-z]*|procedures?|services|supplies|drugs|equipment|hospitals?|inpatient|outpatient"
    r"|physicians?"
    # …and "cpt codes for beginners" asks what they are, for a newcomer.
    r"|beginners?|a beginner|newbies?|a newbie|new coders|dummies|someone like me|people like me"
    r"|students?|laymen|a layman))"
    r"|\b(diagnosis|procedure|billing|modifier) codes? (for|of)\b"
    r"|\b(what|which) (cpt |icd |icd 10 |icd10 |hcpcs )?(codes?|modifiers?) (do|should|would|to|is|for)\b"
    r"(?! (coders|billers|medical coders|medical billers|they) (use|work with|learn|need))"
    r"|\bthe (cpt |icd |icd 10 |icd10 |hcpcs |right |correct )?codes? (for|of|4)\b"
    r"|\b(what|whats)( is| are)? codes? (for|of|4)\b"  # "what is code for diabetes", "what code 4 flu"
    # "…swallowed a battery, what ER code would that be?"
    r"|\b(what|which) ([a-z]+ )?codes? (would|will|should|does|do) (that|this|it|those|these) "
    r"(be|get|use|need)\b"
    r"|\b(what|whats|which)( is| are)? the (right |correct )?modifiers? (for|to use)\b"
    r"|\b(what|which) modifiers? (goes|go|applies|apply|belongs|belong) (with|on|to)\b"
    r"|\bhow (do|would|should|to) (i |you |u |we )?code (a|an|the|for|this)\b"
    r"|\b(?<!coders )(?<!billers )(?<!they )(look ?up|lookup|find) (a |the |this )?codes?\b"
    r"|\bmodifiers? (\d{2}|[a-z]{2}|[a-z]\d)\b"
    r"|\b(icd|icd 10|icd10|cpt|hcpcs|diagnosis code|procedure code|code) (look ?up|lookup|search|finder)\b"
    r"|^(the |a |an )?(icd|cpt|hcpcs|icd 10|diagnosis|procedure|billing )?codes? (for|of) "
    r"(?!beginners|newbies|new coders|dummies|practice)"
    r"|\bhow (do|would|should|to|can) (i |you |we )?code (?!for a living)[a-z]+ (with|without|and|in)\b"
    # ("…or can you code whenever you like?" asks about the job, not for a code.)
    r"|\b(help me|can you|could you) code (this|that|these|my|it|for me|an? |the )"
    r"|\bcode (this|my|these|the following) "
    r"(chart|case|note|visit|encounter|record|procedure|diagnosis)\b"
    r"|\b(find|choose|pick|get|use) the (right|correct|proper) "
    r"(icd|cpt|hcpcs|diagnosis|procedure)?( 10)? ?codes?\b"
    r"|\bhow many (icd|icd 10|icd10|cpt|hcpcs|diagnosis|procedure|medical )?( ?10 )?codes "
    r"(are there|exist|there are|(are|is) (there )?in (icd|icd 10|icd10|cpt|hcpcs))\b"
    r"|\b(most|top( \d+)?) (common |commonly used |popular |used |frequent |frequently used |billed )?"
    r"(cpt|icd|icd ?10( ?cm| ?pcs)?|icd10|hcpcs|diagnosis|procedure) codes?\b"  # "most common ICD-10 code"
    r"|\b(z|v) codes?\b|\bis (this|that|a|an) [a-z0-9 ]{1,20} billable\b"
    r"|\bwhat (are|were) the (\d{4} |new |latest |recent |upcoming )?(cpt|icd|icd 10|hcpcs|code) (code )?"
    r"(changes|updates|revisions)\b"
    r"|\bcodes? (applicable|appropriate|that applies|that apply) (to|for)\b"
    r"|\bwhat codes?$|\bhelp (me )?(with )?(this|my|a) (chart|case|note|encounter|op note|scenario)\b"
    r"|\bcheck my (answers?|work|coding)\b|\b(this|my) (coding )?case stud(y|ies)\b"  # homework to mark
    r"|\b(what|which) (cpt|icd|icd ?10( ?cm| ?pcs)?|hcpcs|diagnosis|procedure) (codes?|modifiers?)\b"
    # Typed as a search: "icd 10 code chest pain" (but not "cpt codes explained").
    r"|^(icd ?10( ?cm| ?pcs)?|icd10|cpt|hcpcs) codes? (for )?(?!(vs|versus|and|or|meaning|means?|explained|"
    r"definitions?|structure|format|basics|lists?|sets?|systems?|books?|manuals?|changes|updates|training|"
    r"courses?|classes|exams?|tests?|certifications?|jobs?|salary|pay|differences?|examples?|used|usage|purpose|"
    r"works?|lookup|look|search|guidelines|practice|quiz|questions|help|tips|rules|beginners|dummies|newbies|"
    r"coders?|billers?|coding|billing|history|origin|owner|maintainer)\b)[a-z]+( [a-z]+){0,2}$"
    r"|\bcodes? (should|would|do|can) (i |we |you )?(be )?(assign|assigned|use|used|report|reported)\b"
    r"|\b(what|which) ([a-z]+ ){0,2}codes? (does|do|did|should|would|will) (my|our) ([a-z]+ ){0,2}"
    r"(use|bill|charge|put|submit)\b"
)
CLAIM_HELP = re.compile(
    r"\b(my|our) (?!bills\b)(?!gi bill)"  # the GI Bill pays for training: no bill to help with
    r"([a-z]+ ){0,2}(claim|claims|bill|bills|eob|statement|copay|deductible)\b"
    r"|\b(?<!pay )(?<!paying )(?<!cover )(my|our) bills\b"  # "to pay my bills" is living costs
    r"|\b(my|our) (insurance|patient|patients)\b"
    r"|\b(code|bill) (my|our) own (doctor |doctors |medical |hospital |er )?"
    r"(visits?|appointments?|care|surgery)\b"
    r"|\b(my|our) (medical |health )?records?\b|\bmy medical (information|history|file)\b"
    r"|\b(appeal|resubmit|dispute|fix|correct) (a|an|my|the|this|his|her|their|your|our) "
    r"(denied |rejected |medical )?(claim|bill|denial|underpayment|overpayment)\b"
    r"|\b(denial|remark|reason|adjustment) codes?\b"
    r"|\bhow long (does|do|will|did|should) (it take )?(the )?"
    r"(insurance|insurers?|insurance companies|medicare|medicaid|payers?)( company)? (take )?(to )?"
    r"(pay|process|approve|reimburse)\b"
    r"|\b(co|pr|oa) ?\d{1,3}\b(?! (years?|months?|weeks?|days?|hours?|percent))"  # group codes: "CO-97"
    r"|\b(read|understand|make sense of) (a|my|the|this|our) (medical |hospital |doctor |er )?"
    r"(bill|statement|eob)\b"
    r"|\bhow (do|would|should|can) (i|you|we) bill (a|an|the|for|this|my|patients?) "
    r"|\bwhy (was|is|did) (my|the|this) (insurance )?claim\b"
    r"|\bhow (do|can|should) (i|we) bill (medicare|medicaid|insurance|for)\b"
    r"|\bhow to bill (medicare|medicaid|insurance|an? insurance|for|a patient)\b"
    # …but "do billers (or coders) fill out the CMS-1500 by hand?" asks about the job.
    r"|\b(?<!billers )(?<!biller )(?<!coders )(?<!coder )(?<!they )"
    r"(fill|filling) (out|in) (a|an|the|my|our|this|his|her|their)? ?(cms ?1500|ub ?04|claim)\b"
    r"|\bexplanation of benefits\b|\bmedical necessity\b"
    # Filing one's own claim: "how do i file an insurance claim for my car".
    r"|\bhow (do|can|should|would) (i|we) (file|submit|make|open|start) (a|an|my|our) "
    r"(car |auto |home |homeowners |renters |life |travel |pet |accident |injury |health |medical )?"
    r"(insurance )?claim\b"
    r"|\b(file|filing|submit|submitting) (a|an|my|our) "
    r"(car|auto|home|homeowners|renters|life|travel|pet|accident|injury) (insurance )?claim\b"
    r"|\b(car|auto|home|homeowners|renters|life|travel|pet) insurance claims?\b"
    # A form's box, or a claim to look over: help with one claim ("box 21 on the cms 1500").
    r"|\b(box|locator) \d{1,2}[a-z]?\b"
    r"|\b(check|review|look over|proofread|fix) (my|our|this|the|a) (cms ?1500|ub ?04|1500|claim|claims)\b"
    r"|\b(itemized|itemised) (bill|statement|receipt)s?\b"
    r"|\brequest (an |my |a |the )?(copy of )?(my )?(bill|statement)\b"
    r"|^(my |a |the )?(claim|bill) (got |was |is |keeps getting )?(denied|rejected)$"
    r"|\b(negotiate|lower|reduce|pay off|afford|dispute) (a |my |the |this |our |your )?"
    r"(medical |hospital |doctor |doctors |er |surgery |ambulance )?bills?\b"
    r"|\b(bill|bills|debt) (go|goes|went|sent|going|gone) (to|into) collections\b"
    # "I got a medical bill I can't pay": help with one's own bill, not the job.
    r"|\b(?<!billers )(?<!coders )(got|received|have) (a|an|this) (huge |big |surprise )?"
    r"(medical|hospital|doctor|doctors|er|surgery|ambulance) "
    r"bill\b|\bbills? (i|we) (cant|cannot|can not|couldnt) (pay|afford)\b"
    # "got a bill for $3000 from the ER", "got a $500 bill from my doctor": a sum billed to the asker.
    r"|\b(?<!billers )(?<!coders )(got|get|received|have) (a|an|this) (huge |big |surprise )?"
    r"(dollars [\d ]+ |[\d ]+(k |dollars? )?)?bill (for|from|in the mail)\b"
    r"|\bhow (do|can|should) (i|we) (submit|file|send) (a|my|the|this|our) claims?\b"
    r"|\b(billed|charged|overcharged|charging) (me|us|my)\b|\bbilling (me|us)\b"
    r"|\bhow (do|can|should|would) (i|we|you) (appeal|resubmit|dispute|rebill)\b"
    r"|\bhow (should|do|can|would) (a|the|this|that) (denied )?claim be (appealed|resubmitted|corrected)\b"
)
# The advisor is neutral: it names no school, course or vendor as a recommendation.
VENDOR = re.compile(
    r"\b(best|top|recommend|recommended|which|good|cheapest) (me |us )?(a |an |the |any |some )?"
    r"(good |decent |reputable |legit |solid |accredited |affordable |cheap |respected |trusted )?"
    r"(online )?(medical )?"
    r"(billing |coding |billing and coding )?"
    r"((cpc|cpb|cca|ccs|cbcs|exam|certification) )?(prep |review |study )?"
    r"(schools?|courses?|programs?|programmes?|colleges?|providers?|bootcamps?|academy|academies|"
    r"institutes?)\b"
    r"|\b(schools?|courses?|programs?|classes|class|bootcamps?) near me\b"
    r"(?! (has|have|offers?|teaches|is|are|wants?|said|says|told)\b)"  # "the school near me has…" tells
    r"|\b(best|good|recommend|recommended|top) ([a-z0-9]+ ){0,4}"
    r"(books?|textbooks?|study guides?|youtube channels?|tiktoks?|tiktokers?|podcasts?|influencers?)\b"
    r"|\b(best|top|recommend|recommended|cheapest|good) ([a-z]+ ){0,3}(software|ehr|emr|clearinghouse)s?\b"
    r"|\b(which|what) ([a-z]+ ){0,2}(software|ehr|emr|clearinghouse)s? (is|are|would be|should) "
    r"([a-z]+ ){0,2}(best|better|good|recommended|use|get|buy|choose|pick)\b"
    r"|\b(schools?|courses?|programs?|classes|class|software) (is|are) (the )?(best|better)\b"
    r"|\b(schools?|courses?|programs?|programmes?|classes|bootcamps?|software|ehr|emr|clearinghouses?|books?"
    r"|textbooks?|study guides?) (recommendations?|suggestions?|recs)\b"
    r"|\b(software|ehr|emr|clearinghouse)s? (should|would|do|can) (i|we|my [a-z]+|our [a-z]+) "
    r"(use|buy|get|pick|choose|go with)\b"
    # …but a credential or the work itself is no vendor: "is certification a scam?" is answered.
    r"|\bis (the )?(?!it\b|this\b|that\b|there\b|billing\b|coding\b|"
    r"(certification|certificate|cert|credential|cpc|cpb|ccs|cca|cbcs|job|field|career|work)s?\b)"
    r"[a-z]+ (legit|a scam|accredited)\b"
    r"|\b(programs?|courses?|schools?|classes|bootcamps?) "
    r"(legit|legitimate|a scam|scams|a rip ?off|rip ?offs)\b(?! (for|to|with) employers)"
    r"|\b(aapc|ahima|nha|careerstep|career step) (phone|number|address|website|login|price|cost)\b"
    r"|\b(careerstep|penn foster|ashworth|ultimate medical academy|herzing|rasmussen|stratford career)\b"
    r".{0,25}\b(worth|good|legit|scam|accredited|reputable|better|best|recommend|recommended)\b"
    r"|\b(aapc|ahima|nha|careerstep|career step|penn foster|ashworth|ultimate medical academy)s? "
    r"([a-z]+ ){0,2}(course|courses|program|programs|class|classes|training|school)\b"
)


def declined(sentences: Iterable[str]) -> Declined | None:
    """Why the advisor declines these normalised sentences, or None if it need not."""
    said = list(sentences)
    kinds: tuple[tuple[Declined, re.Pattern[str]], ...] = (
        ("code-lookup", CODE_LOOKUP),
        ("claim-help", CLAIM_HELP),
        ("vendor", VENDOR),
    )
    return next((why for why, pattern in kinds if any(pattern.search(f) for f in said)), None)
