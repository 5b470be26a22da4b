/** Feedback für das Gegenüber: Leistung offen und freundlich besprechen – erst fragen, dann beobachten, nie urteilen. */
import { CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('feedback-downward', [
  'Was {nimmst du|nehmen Sie} daraus mit?',
  'Wie sollen wir beim nächsten Mal darauf zurückkommen?',
]);

export const feedbackDownwardQuestionsDe = [
  q(
    'de-fbdown-wie-am-liebsten',
    1,
    [...I_LEAD, 'peer'],
    'Wie {bekommst du|bekommen Sie} Feedback am liebsten: direkt, schriftlich oder im 1:1?',
    'Was macht diesen Weg für {dich|Sie} angenehm?',
  ),
  q(
    'de-fbdown-selbst',
    2,
    I_LEAD,
    'Wie {schätzt du|schätzen Sie} {deine|Ihre} Arbeit der letzten Wochen selbst ein?',
    'Worauf {bist du|sind Sie} dabei besonders zufrieden?',
  ),
  q(
    'de-fbdown-darf-ich',
    1,
    [...I_LEAD, 'peer'],
    'Darf ich {dir|Ihnen} zu dem letzten Termin eine Beobachtung mitgeben?',
    'Wie {siehst du|sehen Sie} es selbst?',
  ),
  q(
    'de-fbdown-staerken',
    2,
    I_LEAD,
    'Welche {deiner|Ihrer} Stärken {kommen dir|kommen Ihnen} im Moment zu kurz?',
    'Wo könnten sie mehr Platz bekommen?',
  ),
  q(
    'de-fbdown-worauf',
    2,
    CLOSE_REPORTS,
    'Zu welchem Thema {wünschst du dir|wünschen Sie sich} von mir mehr Rückmeldung?',
    'Wie oft wäre das hilfreich?',
  ),
  q(
    'de-fbdown-gut-angekommen',
    2,
    I_LEAD,
    'Wie ist mein letztes Feedback bei {dir|Ihnen} angekommen?',
    'Was {hast du|haben Sie} seitdem daraus gemacht?',
    { refersBack: true },
  ),
  q(
    'de-fbdown-lob',
    1,
    I_LEAD,
    'Wie {magst du|mögen Sie} Anerkennung am liebsten: vor dem Team oder unter vier Augen?',
    'Woran liegt das?',
  ),
  q(
    'de-fbdown-entwicklung',
    3,
    CLOSE_REPORTS,
    'Woran {möchtest du|möchten Sie} gerade arbeiten?',
    'Wie kann ich {dir|Ihnen} dabei Rückmeldung geben?',
  ),
  q(
    'de-fbdown-beispiel',
    2,
    I_LEAD,
    'Welche Situation der letzten Wochen {würdest du|würden Sie} gern gemeinsam anschauen?',
    'Was ist {dir|Ihnen} daran aufgefallen?',
  ),
  q(
    'de-fbdown-kritik',
    3,
    CLOSE_REPORTS,
    'Was hilft {dir|Ihnen}, kritisches Feedback gut aufzunehmen?',
    'Was macht es {dir|Ihnen} schwer?',
  ),
  q(
    'de-fbdown-ziele',
    2,
    I_LEAD,
    'Wie nah {bist du|sind Sie} aus {deiner|Ihrer} Sicht an {deinen|Ihren} Zielen?',
    'Was würde {dich|Sie} ein Stück näher bringen?',
  ),
  q(
    'de-fbdown-erkannt',
    2,
    [...I_LEAD, 'peer'],
    'Wofür {hättest du|hätten Sie} gern mehr Anerkennung bekommen?',
    'Von wem am ehesten?',
  ),
];
