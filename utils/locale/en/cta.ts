// English: the words of calls to action in link and button names, page addresses and form fields
// (rule catalog §1E, §4). Data only; the classifier (utils/cta/classify.ts) reads every language the
// page is written in.
import type { CtaVocabulary } from '../types';

export const cta: CtaVocabulary = {
  /** "Book Online", "Request an Appointment", "Free Consultation", "Schedule 15-Min Call" */
  bookName:
    /\b(?:book|schedule|request|make|reserve|set ?up|arrange)\b[^.!?]{0,40}?\b(?:appointments?|appts?|consult(?:ation)?s?|visits?|sessions?|exams?|evaluations?|assessments?|check-?ups?|cleanings?|treatments?|call-?backs?|(?:\d+[- ]?min(?:ute)?s?\.?|free)\s+(?:phone\s+|video\s+|discovery\s+|intro(?:ductory)?\s+)?(?:calls?|chats?))\b|\bbook(?:ing)?\s*(?:now|online|today|here|with us)\b|\bschedule\s*(?:now|online|today|here)\b|\bonline\s+(?:booking|scheduling|appointments?)\b|\bfree\s+consult(?:ation)?\b|\bget started\b|\bget\s+(?:an?\s+|your\s+)?(?:appointments?|appts?|consult(?:ation)?s?)\b/i,
  /** "Appointments", "Book", "Consultation" */
  bookNameBare: /^(?:appointments?|appt|book|booking|bookings|consultations?|schedule|scheduling|reserve|new patients?)$/i,
  /** "Call us", "Call now", "Click to call" */
  callName: /\bcall\s+(?:us|now|today|our|the)\b|\bclick to call\b|\bgive us a (?:call|ring)\b|\bcall\b/i,
  /** "Contact us", "Get in touch", "Send a message" */
  contactName: /\bcontact\b|\bget in touch\b|\breach out\b|\bsend (?:us )?(?:a |your )?(?:message|enquiry|inquiry)\b|\be-?mail us\b|\bmessage us\b|\brequest (?:a |more )?(?:info|information|call-?back)\b/i,
  titleLike: /^(?:how|why|what|when|where|who|which|is|are|can|should|do|does|\d+)\b/i,
  nameGate: /book|sched|appoint|appt|consult|request|reserv|arrang|set ?up|make|started|patient|call|ring|contact|touch|reach|message|mail|enquir|inquir|info/i,
  pathGate: /book|sched|appoint|consult|reserv|contact|touch|reach|enquir|inquir|patient|request|make|openscheduling/i,
  /**
   * /book, /booking, /book-now, /schedule, /schedule-a-visit, /appointment(s), /request-appointment,
   * /make-an-appointment, /online-booking, /free-consultation…
   */
  bookSegment:
    /^(?:book|booking|bookings|book[-_](?:now|online|today|here|an?[-_].+|your[-_].+|appointments?.*|consult.*|visit.*|session.*|exam.*|with[-_].+)|booking[-_].+|online[-_]?(?:booking|scheduling|appointments?)|schedul(?:e|ing)(?:[-_].+)?|appointments?(?:[-_].+)?|(?:request|make|book|schedule|reserve)[-_](?:an?[-_]|your[-_]|a[-_]free[-_])?(?:appointment|appt|consult(?:ation)?|visit|exam|evaluation|session)s?(?:[-_].+)?|free[-_]consult(?:ation)?s?(?:[-_].+)?|consultations?|consult|reserve|reservations?|openscheduling|new[-_]patients?[-_](?:forms?|intake|registration|appointment))$/,
  /** /contact, /contact-us, /contactus, /contact-the-office */
  contactSegment: /^(?:contact(?:[-_]?us)?|contact[-_].+|get[-_]in[-_]touch|reach[-_]us|enquir(?:y|ies)|inquir(?:y|ies))$/,
  /** #appointment, #book, #contact */
  bookFragment: /^(?:book|booking|book[-_]?now|appointments?|make[-_]an[-_]appointment|appointment[-_].+|request[-_].*appointment.*|schedule|schedul(?:e|ing)[-_].+|consultation|free[-_]consultation|reserve)$/i,
  contactFragment: /^(?:contact|contact[-_].+|get[-_]in[-_]touch|enquiry|inquiry)$/i,
  placeName: /\b(?:locations?|directions|find\s+us|visit\s+us|our\s+office|reach\s+us)\b/i,
  placeSegment: /^(?:locations?|directions|find-us|visit-us|our-office|offices)$/,
  blogSegment: /^(?:blog|blogs|news|articles?|posts?|category|categories|tag|tags|resources|library|learn|insights|(?:19|20)\d\d)$/,
  prose: null,
  field: {
    phone: /\b(?:tel|phone|telephone|mobile|cell)\b/,
    name: /\bname\b|\bfname\b|\blname\b|first|last|full/,
    email: /e-?mail/,
    intent: /date|appointment|doctor|department|service|message|reason|comment|inquiry|enquiry|concern|insurance|treatment|dob|birth|time/,
    search: /^(?:search|text)?\s*(?:search|s|q|query|keyword|keywords)\b|\bsearch\b/,
  },
};
