/** Feedback fürs Gegenüber: wie die Person Rückmeldung haben möchte – und Raum, sie zu geben. */
import { CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('feedback-downward');

const GIVE_TO = [...I_LEAD, 'peer'] as const;

export const feedbackDownwardQuestionsDe = [
  q(
    'de-fbdown-wie-am-liebsten',
    1,
    GIVE_TO,
    'Wie {bekommst du|bekommen Sie} Feedback am liebsten: direkt, schriftlich oder im 1:1?',
  ),
  q(
    'de-fbdown-selbst',
    2,
    I_LEAD,
    'Wie {schätzt du|schätzen Sie} {deine|Ihre} Arbeit der letzten Wochen selbst ein?',
  ),
  q(
    'de-fbdown-darf-ich',
    1,
    GIVE_TO,
    'Darf ich {dir|Ihnen} zu dem letzten Termin eine Beobachtung mitgeben?',
  ),
  q(
    'de-fbdown-staerken',
    2,
    I_LEAD,
    'Welche {deiner|Ihrer} Stärken {kommen dir|kommen Ihnen} im Moment zu kurz?',
  ),
  q(
    'de-fbdown-worauf',
    2,
    CLOSE_REPORTS,
    'Zu welchem Thema {wünschst du dir|wünschen Sie sich} von mir mehr Rückmeldung?',
  ),
  q(
    'de-fbdown-gut-angekommen',
    2,
    I_LEAD,
    'Wie ist mein letztes Feedback bei {dir|Ihnen} angekommen?',
  ),
  q(
    'de-fbdown-lob',
    1,
    I_LEAD,
    'Wie {magst du|mögen Sie} Anerkennung: vor dem Team oder lieber unter vier Augen?',
  ),
  q(
    'de-fbdown-entwicklung',
    3,
    CLOSE_REPORTS,
    'Woran {möchtest du|möchten Sie} arbeiten, und wie kann ich {dir|Ihnen} dabei Rückmeldung geben?',
  ),
  q(
    'de-fbdown-beispiel',
    2,
    I_LEAD,
    'Welche Situation der letzten Wochen {würdest du|würden Sie} gern gemeinsam anschauen?',
  ),
  q(
    'de-fbdown-kritik',
    3,
    CLOSE_REPORTS,
    'Was hilft {dir|Ihnen}, kritisches Feedback gut aufzunehmen?',
  ),
  q(
    'de-fbdown-ziele',
    2,
    I_LEAD,
    'Wie nah {bist du|sind Sie} aus {deiner|Ihrer} Sicht an {deinen|Ihren} Zielen?',
  ),
  q(
    'de-fbdown-erkannt',
    2,
    GIVE_TO,
    'Wofür {hättest du|hätten Sie} gern mehr Anerkennung bekommen?',
  ),
];
