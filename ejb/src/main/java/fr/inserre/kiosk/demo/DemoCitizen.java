package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.citizen.InfoSheet;
import fr.inserre.kiosk.citizen.InfoSheetService;
import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDetails;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import fr.inserre.kiosk.citizen.PartnerKind;
import fr.inserre.kiosk.citizen.SheetDraft;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.citizen.SheetPictogram;
import fr.inserre.kiosk.citizen.SheetTopic;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The espace citoyen of the demo: six partners that come to InSERRE Arras (France Travail acts through
 * the demo login {@code francetravail}), and information sheets with their easy-to-read versions, some
 * translated (Arabic and Spanish for the identity card, English for France Travail, Romanian for the
 * CSS). The banking sheet was last reviewed 14 months ago (flagged "to review"); the voting sheet is a
 * draft, which detainees do not see.
 */
@Dependent
public class DemoCitizen {

    /** Title of the demo's draft sheet (a browser test publishes it). */
    public static final String DRAFT_TITLE = "Voter quand on est en prison";
    public static final String IDENTITY_TITLE = "Refaire sa carte d'identité";

    @Inject
    PartnerDirectory partners;

    @Inject
    InfoSheetService sheets;

    void load(long establishmentId, LocalDate today) {
        loadPartners(establishmentId);
        loadSheets(establishmentId, today);
    }

    private void loadPartners(long establishmentId) {
        Partner franceTravail = partners.create(establishmentId, new PartnerDetails("France Travail",
                PartnerKind.FRANCE_TRAVAIL, "Chercher un emploi ou une formation pour la sortie, s'inscrire "
                        + "avant de sortir, préparer un CV et un entretien d'embauche.",
                "Le mardi matin, à l'espace citoyen. Rendez-vous à prendre sur la borne ou avec votre CPIP."));
        partners.linkAccount(franceTravail.getId(), "francetravail");
        partners.create(establishmentId, new PartnerDetails("Mission locale de l'Arrageois", PartnerKind.MISSION_LOCALE,
                "Pour les jeunes de moins de 26 ans : projet professionnel, formation, contrat d'engagement "
                        + "jeune, logement, santé.",
                "Un jeudi après-midi sur deux."));
        partners.create(establishmentId, new PartnerDetails("CAF du Pas-de-Calais", PartnerKind.CAF,
                "Allocations familiales, RSA et prime d'activité à la sortie, aide au logement, situation "
                        + "de votre famille pendant la détention.",
                "Le premier lundi du mois, le matin."));
        partners.create(establishmentId, new PartnerDetails("CPAM de l'Artois", PartnerKind.CPAM,
                "Carte Vitale, droits à l'Assurance maladie à la sortie, complémentaire santé solidaire (CSS).",
                "Le deuxième mercredi du mois, l'après-midi."));
        partners.create(establishmentId, new PartnerDetails("Point d'accès au droit", PartnerKind.LEGAL_AID,
                "Un juriste ou un avocat répond à vos questions de droit (famille, dettes, logement, travail) "
                        + "et vous aide à demander l'aide juridictionnelle. C'est gratuit et confidentiel.",
                "Le vendredi matin, sur demande écrite ou sur la borne."));
        partners.create(establishmentId, new PartnerDetails("SIAO 62 — logement", PartnerKind.HOUSING,
                "Trouver un hébergement ou un logement pour la sortie : foyer, hébergement d'urgence, "
                        + "logement accompagné.",
                "Sur rendez-vous avec votre CPIP, environ trois mois avant la sortie."));
    }

    private void loadSheets(long establishmentId, LocalDate today) {
        InfoSheet identity = sheets.create(establishmentId, SheetTopic.IDENTITY, SheetPictogram.ID_CARD,
                new SheetDraft(KioskLanguage.FR, IDENTITY_TITLE,
                        "<p>Vous n'avez plus de carte d'identité ? Vous pouvez en faire une nouvelle en prison.</p>"
                                + "<ul><li>Demandez de l'aide à votre CPIP.</li>"
                                + "<li>Il faut une photo. On la fait ici.</li>"
                                + "<li>Une personne vient prendre vos empreintes.</li>"
                                + "<li>La carte arrive au greffe. On vous la donne.</li></ul>"
                                + "<p>C'est <strong>gratuit</strong> si vous rendez l'ancienne carte.</p>",
                        "<h2>Qui peut la demander ?</h2><p>Toute personne de nationalité française, même "
                                + "détenue. La carte nationale d'identité est valable 10 ans.</p>"
                                + "<h2>Comment faire en détention ?</h2><p>La demande passe par le service "
                                + "pénitentiaire d'insertion et de probation (SPIP) et le greffe. Le chef "
                                + "d'établissement atteste de votre adresse. Un agent de la mairie ou de la "
                                + "préfecture vient recueillir vos empreintes avec un dispositif mobile.</p>"
                                + "<h2>Pièces à fournir</h2><ul><li>une photo d'identité récente (faite à "
                                + "l'établissement) ;</li><li>l'ancienne carte, ou un acte de naissance si vous "
                                + "n'en avez jamais eu ;</li><li>un timbre fiscal de 25 € en cas de perte ou de "
                                + "vol.</li></ul><p>Comptez plusieurs semaines : faites la demande tôt, c'est "
                                + "la première pièce du dossier de sortie.</p>"));
        identity = sheets.write(identity.getId(), identity.getVersion(), new SheetDraft(KioskLanguage.AR,
                "تجديد بطاقة الهوية",
                "<p>لم تعد لديك بطاقة هوية؟ يمكنك عمل بطاقة جديدة في السجن.</p>"
                        + "<ul><li>اطلب المساعدة من مستشارك في الإدماج (CPIP).</li>"
                        + "<li>تحتاج إلى صورة. تُلتقط هنا.</li>"
                        + "<li>يأتي شخص لأخذ بصماتك.</li>"
                        + "<li>تصل البطاقة إلى مكتب الضبط (greffe) ويسلمونها لك.</li></ul>"
                        + "<p>إنها <strong>مجانية</strong> إذا أعدت البطاقة القديمة.</p>",
                "<h2>من يمكنه طلبها؟</h2><p>كل شخص يحمل الجنسية الفرنسية، حتى لو كان محتجزًا. بطاقة "
                        + "الهوية الوطنية صالحة لمدة 10 سنوات.</p><h2>كيف تفعل ذلك في السجن؟</h2><p>يمر "
                        + "الطلب عبر مصلحة الإدماج والمراقبة (SPIP) ومكتب الضبط. يشهد مدير المؤسسة على "
                        + "عنوانك. يأتي موظف من البلدية أو المحافظة لأخذ بصماتك.</p><h2>الوثائق المطلوبة"
                        + "</h2><ul><li>صورة هوية حديثة (تُلتقط في المؤسسة)؛</li><li>البطاقة القديمة، أو "
                        + "شهادة ميلاد إذا لم تكن لديك بطاقة من قبل؛</li><li>طابع جبائي بقيمة 25 يورو في "
                        + "حالة الضياع أو السرقة.</li></ul>"));
        identity = sheets.write(identity.getId(), identity.getVersion(), new SheetDraft(KioskLanguage.ES,
                "Renovar el documento de identidad francés",
                "<p>¿Ya no tiene documento de identidad? Puede hacer uno nuevo en la prisión.</p>"
                        + "<ul><li>Pida ayuda a su consejero (CPIP).</li>"
                        + "<li>Hace falta una foto. Se hace aquí.</li>"
                        + "<li>Una persona viene a tomar sus huellas.</li>"
                        + "<li>El documento llega a la secretaría (greffe). Se lo entregan.</li></ul>"
                        + "<p>Es <strong>gratis</strong> si devuelve el documento antiguo.</p>",
                "<h2>¿Quién puede pedirlo?</h2><p>Toda persona de nacionalidad francesa, aunque esté "
                        + "detenida. El documento nacional de identidad es válido 10 años.</p><h2>¿Cómo "
                        + "hacerlo en prisión?</h2><p>La solicitud pasa por el servicio de inserción y "
                        + "libertad vigilada (SPIP) y la secretaría. El director del centro certifica su "
                        + "dirección. Un agente del ayuntamiento o de la prefectura viene a tomar sus "
                        + "huellas.</p><h2>Documentos</h2><ul><li>una foto reciente (hecha en el centro);"
                        + "</li><li>el documento antiguo, o un acta de nacimiento si nunca tuvo uno;</li>"
                        + "<li>un timbre fiscal de 25 € en caso de pérdida o robo.</li></ul>"));
        sheets.publish(identity.getId(), identity.getVersion());

        InfoSheet franceTravail = sheets.create(establishmentId, SheetTopic.EMPLOYMENT, SheetPictogram.BRIEFCASE,
                new SheetDraft(KioskLanguage.FR, "S'inscrire à France Travail",
                        "<p>France Travail aide à trouver un travail ou une formation.</p>"
                                + "<ul><li>Vous pouvez vous inscrire <strong>avant</strong> de sortir.</li>"
                                + "<li>Un conseiller vient ici le mardi.</li>"
                                + "<li>Prenez rendez-vous sur la borne ou avec votre CPIP.</li></ul>"
                                + "<p>Apportez votre carte d'identité et votre CV si vous en avez un.</p>",
                        "<p>France Travail (anciennement Pôle emploi) accompagne les personnes qui cherchent un "
                                + "emploi. Un conseiller « justice » intervient à l'établissement avec le SPIP.</p>"
                                + "<h2>Pourquoi s'inscrire avant la sortie ?</h2><p>L'inscription préparée en "
                                + "détention permet d'être accompagné dès la sortie : offres d'emploi, "
                                + "formations financées, aides à la reprise d'emploi. Le conseiller fait le "
                                + "point avec vous sur votre projet et vos compétences, y compris celles "
                                + "acquises en atelier ou en formation ici.</p><h2>Ce qu'il faut</h2><ul>"
                                + "<li>une pièce d'identité (ou sa demande en cours) ;</li><li>votre numéro de "
                                + "sécurité sociale ;</li><li>un CV, que la borne peut vous aider à faire.</li>"
                                + "</ul>"));
        franceTravail = sheets.write(franceTravail.getId(), franceTravail.getVersion(), new SheetDraft(
                KioskLanguage.EN, "Registering with France Travail",
                "<p>France Travail helps you find a job or a training course.</p>"
                        + "<ul><li>You can register <strong>before</strong> you leave.</li>"
                        + "<li>An adviser comes here on Tuesdays.</li>"
                        + "<li>Book an appointment at the kiosk or with your probation officer (CPIP).</li></ul>"
                        + "<p>Bring your identity card and your CV if you have one.</p>",
                "<p>France Travail (formerly Pôle emploi) supports job seekers. A \"justice\" adviser works in the "
                        + "prison with the probation service (SPIP).</p><h2>Why register before release?</h2>"
                        + "<p>Registration prepared in prison means support from the day you leave: job offers, "
                        + "funded training, help when you start working. The adviser reviews your plans and "
                        + "skills with you, including those gained in the workshops or training here.</p>"
                        + "<h2>What you need</h2><ul><li>an identity document (or your application for one);</li>"
                        + "<li>your social security number;</li><li>a CV, which the kiosk can help you "
                        + "write.</li></ul>"));
        sheets.publish(franceTravail.getId(), franceTravail.getVersion());

        InfoSheet css = sheets.create(establishmentId, SheetTopic.HEALTH_INSURANCE, SheetPictogram.HEART,
                new SheetDraft(KioskLanguage.FR, "La CSS (complémentaire santé solidaire)",
                        "<p>En prison, vos soins sont payés.</p>"
                                + "<p>À la sortie, la CSS peut payer ce que l'Assurance maladie ne rembourse "
                                + "pas : médecin, dentiste, lunettes.</p>"
                                + "<ul><li>Elle est gratuite ou coûte moins de 1 € par jour.</li>"
                                + "<li>Cela dépend de vos revenus.</li>"
                                + "<li>Demandez-la 2 ou 3 mois avant de sortir.</li></ul>",
                        "<p>La complémentaire santé solidaire (CSS) prend en charge la part des dépenses de "
                                + "santé qui n'est pas remboursée par l'Assurance maladie : consultations, "
                                + "médicaments, hospitalisation, et la plupart des lunettes, prothèses "
                                + "dentaires et aides auditives, sans dépassement d'honoraires.</p>"
                                + "<h2>Pendant la détention</h2><p>Vous êtes affilié à l'Assurance maladie dès "
                                + "l'incarcération et vos soins à l'unité sanitaire sont pris en charge.</p>"
                                + "<h2>Pour la sortie</h2><p>Selon vos ressources, la CSS est gratuite ou "
                                + "coûte une participation de moins de 1 € par jour et par personne. La "
                                + "demande se prépare avec la CPAM et votre CPIP quelques mois avant la "
                                + "sortie, pour que les droits soient ouverts le jour où vous sortez.</p>"));
        css = sheets.write(css.getId(), css.getVersion(), new SheetDraft(KioskLanguage.RO,
                "CSS (asigurarea complementară de sănătate solidară)",
                "<p>În închisoare, îngrijirile medicale sunt plătite.</p>"
                        + "<p>La ieșire, CSS poate plăti ce nu rambursează asigurarea de sănătate: medic, "
                        + "dentist, ochelari.</p>"
                        + "<ul><li>Este gratuită sau costă mai puțin de 1 € pe zi.</li>"
                        + "<li>Depinde de veniturile dumneavoastră.</li>"
                        + "<li>Cereți-o cu 2 sau 3 luni înainte de ieșire.</li></ul>",
                "<p>Asigurarea complementară de sănătate solidară (CSS) plătește partea din cheltuielile de "
                        + "sănătate pe care asigurarea de sănătate nu o rambursează: consultații, medicamente, "
                        + "spitalizare și majoritatea ochelarilor, protezelor dentare și aparatelor auditive.</p>"
                        + "<h2>Pentru ieșire</h2><p>În funcție de venituri, CSS este gratuită sau costă mai "
                        + "puțin de 1 € pe zi de persoană. Cererea se pregătește cu CPAM și consilierul "
                        + "dumneavoastră (CPIP) cu câteva luni înainte de ieșire.</p>"));
        sheets.publish(css.getId(), css.getVersion());

        InfoSheet bank = sheets.create(establishmentId, SheetTopic.BANKING, SheetPictogram.WALLET,
                new SheetDraft(KioskLanguage.FR, "Ouvrir un compte bancaire",
                        "<p>Pour recevoir un salaire ou une aide, il faut un compte en banque.</p>"
                                + "<ul><li>Tout le monde a droit à un compte.</li>"
                                + "<li>Si une banque dit non, la Banque de France en choisit une pour vous.</li>"
                                + "<li>Il faut une pièce d'identité.</li></ul>"
                                + "<p>Votre CPIP peut vous aider à faire la demande.</p>",
                        "<p>Le compte nominatif de l'établissement n'est pas un compte bancaire : à la sortie, "
                                + "il faut un compte pour recevoir un salaire, le RSA ou les allocations.</p>"
                                + "<h2>Le droit au compte</h2><p>Toute personne domiciliée en France a droit à "
                                + "un compte de dépôt. Si une banque refuse, demandez-lui une attestation de "
                                + "refus et saisissez la Banque de France, qui désigne une banque obligée "
                                + "d'ouvrir le compte avec les services bancaires de base, gratuitement.</p>"
                                + "<h2>Pièces</h2><ul><li>une pièce d'identité en cours de validité ;</li>"
                                + "<li>un justificatif de domicile (l'attestation de l'établissement ou d'un "
                                + "organisme de domiciliation).</li></ul>"));
        bank = sheets.publish(bank.getId(), bank.getVersion());
        sheets.markReviewed(bank.getId(), bank.getVersion(), today.minusMonths(14));

        InfoSheet legalAid = sheets.create(establishmentId, SheetTopic.LEGAL_AID, SheetPictogram.SHIELD,
                new SheetDraft(KioskLanguage.FR, "L'aide juridictionnelle",
                        "<p>Un avocat coûte cher. L'État peut payer pour vous.</p>"
                                + "<ul><li>C'est l'aide juridictionnelle.</li>"
                                + "<li>Elle dépend de vos revenus.</li>"
                                + "<li>Le point d'accès au droit vous aide à la demander.</li></ul>",
                        "<p>L'aide juridictionnelle permet de faire payer par l'État tout ou partie des "
                                + "honoraires d'avocat et des frais de justice, selon vos ressources.</p>"
                                + "<h2>Comment la demander ?</h2><p>Avec le formulaire de demande d'aide "
                                + "juridictionnelle, déposé au bureau d'aide juridictionnelle du tribunal. "
                                + "En détention, le point d'accès au droit et le greffe vous aident à le "
                                + "remplir et à joindre les justificatifs.</p><p>Pour un avocat commis "
                                + "d'office en matière pénale, parlez-en à votre avocat ou au greffe.</p>"));
        sheets.publish(legalAid.getId(), legalAid.getVersion());

        sheets.create(establishmentId, SheetTopic.VOTING, SheetPictogram.VOTE,
                new SheetDraft(KioskLanguage.FR, DRAFT_TITLE,
                        "<p>En prison, vous pouvez voter si vous avez encore vos droits civiques.</p>"
                                + "<ul><li>Vous pouvez voter par courrier, ici.</li>"
                                + "<li>Ou donner une procuration à une personne de confiance.</li>"
                                + "<li>Il faut être inscrit sur les listes électorales.</li></ul>",
                        "<p>Les personnes détenues qui n'ont pas été privées de leurs droits civiques par "
                                + "une décision de justice gardent le droit de vote.</p><h2>Trois façons de "
                                + "voter</h2><ul><li>le vote par correspondance depuis l'établissement, pour "
                                + "les élections où il est ouvert ;</li><li>la procuration donnée à un "
                                + "électeur de confiance ;</li><li>une permission de sortir pour aller voter."
                                + "</li></ul><p>L'inscription sur les listes électorales peut se faire dans la "
                                + "commune de l'établissement : demandez au greffe avant la date limite.</p>"));
    }
}
