// English: the words detection reads (who speaks, booking, medical vocabulary, clinic names).
// Data only. The other languages follow the same shape (locale/types.ts).
import type { DetectVocabulary } from '../types';

export const detect: DetectVocabulary = {
  /** first-person clinic voice: "our clinic", "my patients" (global: counted) */
  clinicVoice: /\b(our|my) (clinic|clinics|practice|office|offices|team|doctors?|physicians?|providers?|dentists?|clinicians?|nurses?|staff|patients|specialists?|surgeons?|therapists?|medical spa|med ?spa|center|centre|location|locations)\b|\bwe (offer|provide|treat|specialize|specialise|accept|welcome|are (?:a|an|proud)|perform|use)\b|\b(new|existing|current) patients?\b/gi,
  /** booking phrases in text and link names: "book an appointment", "schedule 15-min call" */
  booking: /\b(book|schedule|request|make|reserve)\s+(?:an?\s+|your\s+|my\s+|a\s+free\s+|free\s+)?(appointment|consult|consultation|visit|session|exam|evaluation|assessment|treatment)s?\b|\b(?:book|schedule|request)\s+(?:an?\s+|your\s+)?(?:free\s+)?(?:\d+[- ]?min(?:ute)?s?\.?\s+|free\s+)(?:free\s+)?(?:phone\s+|video\s+|discovery\s+|intro(?:ductory)?\s+)?(?:call|chat|consult)\b|\bbook (now|online|today)\b|\bcall (us|now|today)\b|\bfree consultation\b|\bappointment\b/i,
  /** a template's bare booking link name: "Book", "Appointments" */
  bareBooking: /^(?:book|book now|booking|bookings|appointments?|make an appointment)$/i,
  /** medical vocabulary (global: counted against the page's words) */
  medicalTerms: /\b(clinic|clinics|patients?|treatments?|therapy|therapies|dental|dentist(ry)?|doctor|physician|infusions?|ketamine|esketamine|spravato|medical|healthcare|surgery|surgical|implants?|orthodont\w*|cosmetic|aesthetic|botox|fillers?|med ?spa|hydrafacial|psychiatr\w*|chiropract\w*|physiotherap\w*|dermatolog\w*|diagnos\w*|symptoms?|hygien\w*|teeth|tooth|whitening|root canal|braces|invisalign|depression|anxiety|pain|iv therapy|vitamin|wellness|appointment|consultation|prescri\w*|hospital|medicine|doctors|nurses?|cardiolog\w*|neurolog\w*|pediatric\w*|paediatric\w*|orthop(a)?edic\w*|gyn(a)?ecolog\w*|ophthalmolog\w*|oncolog\w*|radiolog\w*|laborator(y|ies)|pharmacy|emergency care|dentures|crowns?|veneers|gums?|cavit(y|ies)|clinical|physicians|surgeons?|health ?care|injections?|ivf|vaccin\w*|audiolog\w*|hearing (?:aids?|loss|test(?:s|ing)?|evaluations?)|tinnitus|optometr\w*|podiatr\w*|acupunctur\w*|psychotherap\w*|counsell?ing|counsell?ors?|therapists?|trauma|ptsd|emdr|speech therapy|occupational therapy|sleep apnea|cpap|lasik|cataracts?|glaucoma|eczema|psoriasis|acne)\b/gi,
  /** words that name a clinic in the title or site name: "Smile Studio Dental" */
  clinicName: /\b(clinic|clinics|klinik|dental|dentist|dentistry|dentists|orthodontics?|orthodontists?|hospitals?|opticians?|medical (center|centre|group|spa|clinic)|med ?spa|medspa|psychiatry|psychiatric|dermatology|chiropractic|physiotherapy|physical therapy|(?:ketamine|infusion|iv)\s+(?:clinics?|centers?|centres?|institute|wellness|lounge|bar|spa|suites?|studio|medical)|wellness (center|centre|clinic)|family medicine|pediatrics|aesthetics|surgery (center|centre)|health (center|centre|clinic)|eye care|optometry|optometrists?|fertility|urgent care|DDS|DMD|audiology|audiologists?|hearing (?:clinic|centre|center|care|health)|podiatry|acupuncture|sleep (?:center|centre|clinic|medicine)|vision (?:center|centre|clinic)|physio|rehab(?:ilitation)? (?:center|centre|clinic))\b/i,
  credential:
    /\b(Dr\.?\s+[A-Z][a-z]+|[A-Z][a-z]+,?\s+(M\.?D\.?|D\.?D\.?S\.?|D\.?M\.?D\.?|D\.?O\.?|N\.?P\.?|PMHNP(-BC)?|FNP(-C|-BC)?|PA-C|R\.?N\.?|DNP|PsyD|Ph\.?D\.?|DC|LCSW|LMFT|FACS|FAAD|MBBS|BDS|MDS|Au\.?D|DPT|PT|OD|DPM|OTR\/L|CCC-SLP|CCC-A))\b/,
  backToListing: /^(?:[←‹«<]\s*)?(?:back to|return to)\s+(?:[\w'’&-]+\s+){0,3}?(?:news|blog|articles|posts|stories|updates|announcements)\b/i,
  /** "Monday : 8:00 – 5:00", "Mon–Fri 9AM–8PM" */
  hours: /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:(?:-|–|—|to|through|&)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*)?:?\s*\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to)\s*\d{1,2}(?::\d\d)?/i,
  labelledPhone: /\b(tel|telephone|phone|call us|call)\b\.?:?\s*(?:\+\d{1,3}[\s.-]?)?\(?\d{2,5}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}/i,
  street: /\b\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|court|ct|parkway|pkwy|highway|hwy|place|pl|suite|ste)\b\.?/i,
  /** "Karnataka Optometry Association", "GRML Lab", "Woodland Hills Pharmacy", "IDS News" */
  orgHead: /\b(?:association|society|federation|council|foundation|university|college|academy|board|ministry|department|lab|labs|laborator(?:y|ies)|pharmacy|pharmacies|chemists?|drugstore|insurance|insurers?|news|magazine)$/i,
  /** "University of …", "Department of Health" */
  orgLead: /^(?:the\s+)?(?:university|department|ministry|college|society|association|academy|federation|council|board)\s+(?:of|for)\b/i,
  newsHead: /\b(?:news|magazine)$/i,
  newsFurniture: /^(advertisement|advertisements|sponsored( content)?|related (stories|articles|coverage)|most (read|popular|viewed)|trending( now| stories)?|more (stories|news)|top stories|latest news|breaking news|read next|recommended for you|sign up for (our|the) newsletter)$/i,
  newsByline: /\b(staff (writer|reporter)|senior (reporter|correspondent|editor)|reporter|correspondent|associated press|reuters|AFP|news desk|contributing writer|columnist)\b/,
  cartName: /^\s*(?:add to (?:cart|bag|basket)|buy (?:it )?now|view (?:cart|bag|basket)|checkout)\s*$/i,
  insurerWords: /\b(?:member services|member id|members? portal|(?:health|medical|dental|individual|family|group) plans?|marketplace|prior authori[sz]ation|open enrollment|deductible|copay(?:ment)?s?|coinsurance|in-network|out-of-network|formulary|premiums?|explanation of benefits|policyholders?)\b/gi,
  memberFacing: /^(?:member services|member id|members? portal|open enrollment|policyholders?|explanation of benefits)$/,
};
