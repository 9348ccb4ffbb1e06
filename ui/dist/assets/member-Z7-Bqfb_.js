import{b3 as x,r as c,b4 as kt,j as e,b5 as on,b6 as an,e as Ct,b as M,a1 as cn,t as F,a4 as ln,b7 as oe,b8 as un,b9 as ae,aa as mn,ad as Pt,m as se,ba as dn,bb as pn,f as gn,S as Et,bc as hn,bd as fn,be as yn,b0 as bn,b1 as jn,aC as xn,L as At,b2 as vn}from"./datetime-DfyaBAWI.js";const Xe=x(`
  query MemberMe {
    me {
      id
      email
      firstName
      lastName
      displayName
      locale
      status
      roles
    }
  }
`),Ze=x(`
  query MemberSpace($locale: Locale) {
    space {
      slug
      name(locale: $locale)
      modules
    }
  }
`),wn=x(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
    }
  }
`),Mt=x(`
  mutation ActivateAccount($token: String!) {
    activateAccount(token: $token) {
      account {
        id
        email
        status
      }
    }
  }
`),Nn=x(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Sn=x(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      account {
        id
        status
      }
    }
  }
`),kn=x(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`),Cn=x(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      account {
        id
        firstName
        lastName
        locale
        displayName
      }
    }
  }
`),Pn=x(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password) {
      ok
    }
  }
`),qt=x(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      account {
        id
        email
      }
    }
  }
`),En=x(`
  query PasswordPolicy {
    passwordPolicy {
      description
    }
  }
`),An={"facilitators.menu.sessions":"Espace animateur","facilitators.menu.counter":"Créer une session / mon compteur","facilitators.menu.journey":"Mon parcours","facilitators.menu.course":"Ma formation","facilitators.menu.trainings":"Formations","facilitators.optional":"(facultatif)","facilitators.belt.WHITE":"blanche","facilitators.belt.YELLOW":"jaune","facilitators.belt.ORANGE":"orange","facilitators.belt.GREEN":"verte","facilitators.belt.BLUE":"bleue","facilitators.format.ONLINE":"En ligne","facilitators.format.IN_PERSON":"En présentiel","facilitators.kind.PUBLIC":"Grand public","facilitators.kind.PRIVATE":"Privé (sur invitation)","facilitators.kind.PROFESSIONAL":"Professionnel","facilitators.status.SCHEDULED":"Programmée","facilitators.status.REPORTED":"Compte rendu fait","facilitators.status.CANCELLED":"Annulée","facilitators.app.PENDING":"En attente de réponse","facilitators.app.ACCEPTED":"Acceptée","facilitators.app.DECLINED":"Refusée","facilitators.app.WITHDRAWN":"Retirée","facilitators.lang.FR":"Français","facilitators.lang.EN":"Anglais","facilitators.where":"{format}, {city}","facilitators.trainings.title":"Formations à l’animation","facilitators.trainings.intro":"Pour devenir animateur ou animatrice, on commence par une formation. Choisissez une date ci-dessous pour vous inscrire.","facilitators.trainings.none":"Aucune formation n’est programmée pour l’instant. Revenez bientôt.","facilitators.trainings.seats":"{n} place(s) restante(s)","facilitators.trainings.full":"Complet","facilitators.trainings.by":"Formateur ou formatrice : {name}","facilitators.trainings.dates":"Du {start} au {end}","facilitators.trainings.back":"Toutes les formations","facilitators.trainings.gone":"Cette formation n’est plus ouverte aux inscriptions : elle a commencé, ou l’adresse n’est pas la bonne.","facilitators.signup.title":"S’inscrire","facilitators.signup.signedIn":"Vous êtes connecté(e) : l’inscription est immédiate, à votre nom.","facilitators.signup.anonymous":"Donnez vos coordonnées. Sans compte dans cet espace, choisissez un mot de passe : votre compte de participant sera créé et un lien d’activation vous sera envoyé.","facilitators.signup.haveAccount":"Vous avez déjà un compte ? Connectez-vous pour vous inscrire en un clic, ou laissez le mot de passe vide : un lien de confirmation vous sera envoyé par e-mail.","facilitators.signup.password":"Mot de passe du nouveau compte","facilitators.signup.submit":"M’inscrire à cette formation","facilitators.signup.doneSignedIn":"C’est fait : vous êtes inscrit(e) à cette formation. Un e-mail de confirmation vous a été envoyé.","facilitators.signup.doneMail":"Merci ! Un e-mail vient d’être envoyé à {email} : ouvrez le lien qu’il contient pour activer votre compte, ou pour confirmer l’inscription si vous aviez déjà un compte.","facilitators.signup.course":"Voir ma formation et ses ressources","facilitators.confirm.title":"Confirmation d’inscription","facilitators.confirm.done":"Votre inscription à la formation est confirmée. À bientôt !","facilitators.course.title":"Ma formation","facilitators.course.registrations":"Mes inscriptions","facilitators.course.noRegistration":"Vous n’êtes inscrit(e) à aucune formation.","facilitators.course.attended":"Présence validée","facilitators.course.notYet":"Présence pas encore validée","facilitators.course.registeredAt":"Inscription du {date}","facilitators.course.resources":"Ressources du cours","facilitators.course.noResource":"Aucune ressource pour le moment.","facilitators.course.download":"Télécharger « {title} »","facilitators.course.open":"Ouvrir « {title} »","facilitators.course.more":"Voir les formations à venir","facilitators.home.title":"Espace animateur","facilitators.home.mine":"Mes prochaines sessions","facilitators.home.noneMine":"Aucune session à venir.","facilitators.home.create":"Créer une session","facilitators.home.opportunities":"Opportunités d’animation","facilitators.home.noOpportunity":"Aucune session ne cherche d’animateur en ce moment.","facilitators.home.organiser":"Organisée par {name}","facilitators.home.message":"Message à l’organisateur","facilitators.home.apply":"Proposer de co-animer","facilitators.home.applied":"Votre proposition a été envoyée à l’organisateur.","facilitators.home.yourOffer":"Votre proposition de co-animation : {status}","facilitators.home.withdraw":"Retirer ma proposition","facilitators.home.withdrawn":"Votre proposition est retirée.","facilitators.counter.title":"Créer une session / mon compteur","facilitators.counter.summary":"Mon compteur","facilitators.counter.run":"Ateliers animés (compte rendu fait)","facilitators.counter.reached":"Participants touchés","facilitators.counter.create":"Créer une session","facilitators.counter.createHint":"Une session passée peut aussi être créée, pour en faire le compte rendu ensuite.","facilitators.field.title":"Titre","facilitators.field.startsAt":"Date et heure (jj/mm/aaaa hh:mm)","facilitators.field.format":"Format","facilitators.field.language":"Langue de la session","facilitators.field.kind":"Type de session","facilitators.field.city":"Ville","facilitators.field.capacity":"Nombre de places","facilitators.field.coFacilitators":"Co-animateurs : adresses e-mail, une par ligne","facilitators.field.seeking":"Chercher des co-animateurs (la session apparaît dans les opportunités)","facilitators.field.participants":"Nombre de participants","facilitators.problem.startsAt":"Écrivez la date ainsi : 25/03/2027 14:30.","facilitators.problem.capacity":"Le nombre de places est un nombre entier d’au moins 1.","facilitators.problem.participants":"Le nombre de participants est un nombre entier (0 ou plus).","facilitators.counter.createSubmit":"Créer la session","facilitators.counter.created":"La session est créée.","facilitators.counter.mine":"Mes sessions","facilitators.counter.none":"Vous n’avez encore aucune session.","facilitators.counter.organiserYou":"Vous organisez cette session.","facilitators.counter.coWith":"Co-animée avec : {names}","facilitators.counter.participants":"{n} participant(s)","facilitators.counter.edit":"Modifier « {title} »","facilitators.counter.coHint":"Les adresses saisies remplacent la liste actuelle des co-animateurs ; laissez vide pour la garder telle quelle.","facilitators.counter.editSubmit":"Enregistrer les modifications","facilitators.counter.edited":"Les modifications sont enregistrées.","facilitators.counter.cancel":"Annuler « {title} »","facilitators.counter.cancelConfirm":"Annuler cette session ? Ses co-animateurs, et ceux qui ont proposé de la co-animer, seront prévenus par e-mail.","facilitators.counter.cancelYes":"Oui, annuler la session","facilitators.counter.cancelNo":"Non, la garder","facilitators.counter.cancelled":"La session est annulée ; ses co-animateurs sont prévenus.","facilitators.counter.report":"Faire le compte rendu","facilitators.counter.reportSubmit":"Enregistrer le compte rendu","facilitators.counter.reported":"Le compte rendu est enregistré : la session compte pour chacun de ses animateurs.","facilitators.counter.notYet":"Le compte rendu sera possible une fois la session commencée.","facilitators.counter.applications":"Propositions de co-animation","facilitators.counter.noApplication":"Aucune proposition.","facilitators.counter.applicant":"{name} (ceinture {belt})","facilitators.counter.accept":"Accepter la proposition de {name}","facilitators.counter.decline":"Refuser la proposition de {name}","facilitators.counter.decided":"Votre réponse est envoyée à {name}.","facilitators.journey.title":"Mon parcours","facilitators.journey.belt":"Ma ceinture : {belt}","facilitators.journey.noBelt":"Votre parcours d’animateur commence quand le formateur valide votre présence à une formation.","facilitators.journey.next":"Pour passer à la ceinture {belt}","facilitators.journey.top":"Vous avez atteint la ceinture la plus haute. Bravo !","facilitators.journey.req.WORKSHOPS":"Ateliers animés : {progress} sur {target}","facilitators.journey.req.CO_OPTATIONS":"Cooptations par des ceintures {belt} ou plus : {progress} sur {target}","facilitators.journey.met":"atteint","facilitators.journey.left.WORKSHOPS":"encore {n} atelier(s) à animer et à déclarer","facilitators.journey.left.CO_OPTATIONS":"encore {n} cooptation(s) à recevoir","facilitators.journey.counter":"{run} atelier(s) animé(s), {reached} participant(s) touché(s)","facilitators.journey.coOptations":"Cooptations reçues","facilitators.journey.coOptation":"{name} (ceinture {by}) pour la ceinture {belt}, le {date}","facilitators.journey.past":"Mes sessions passées","facilitators.journey.noPast":"Aucune session passée.","facilitators.journey.settings":"Réglages du compte"},Mn={"facilitators.menu.sessions":"Facilitator home","facilitators.menu.counter":"Create a session / my counter","facilitators.menu.journey":"My journey","facilitators.menu.course":"My course","facilitators.menu.trainings":"Trainings","facilitators.optional":"(optional)","facilitators.belt.WHITE":"white","facilitators.belt.YELLOW":"yellow","facilitators.belt.ORANGE":"orange","facilitators.belt.GREEN":"green","facilitators.belt.BLUE":"blue","facilitators.format.ONLINE":"Online","facilitators.format.IN_PERSON":"In person","facilitators.kind.PUBLIC":"Open to the public","facilitators.kind.PRIVATE":"Private (by invitation)","facilitators.kind.PROFESSIONAL":"Professional","facilitators.status.SCHEDULED":"Scheduled","facilitators.status.REPORTED":"Reported","facilitators.status.CANCELLED":"Cancelled","facilitators.app.PENDING":"Waiting for an answer","facilitators.app.ACCEPTED":"Accepted","facilitators.app.DECLINED":"Declined","facilitators.app.WITHDRAWN":"Withdrawn","facilitators.lang.FR":"French","facilitators.lang.EN":"English","facilitators.where":"{format}, {city}","facilitators.trainings.title":"Facilitation trainings","facilitators.trainings.intro":"Becoming a facilitator starts with a training. Pick a date below to sign up.","facilitators.trainings.none":"No training is scheduled at the moment. Come back soon.","facilitators.trainings.seats":"{n} seat(s) left","facilitators.trainings.full":"Full","facilitators.trainings.by":"Trainer: {name}","facilitators.trainings.dates":"From {start} to {end}","facilitators.trainings.back":"All trainings","facilitators.trainings.gone":"This training no longer takes sign-ups: it has started, or the address is wrong.","facilitators.signup.title":"Sign up","facilitators.signup.signedIn":"You are signed in: you are signed up at once, in your name.","facilitators.signup.anonymous":"Give your details. Without an account in this space, choose a password: your participant account is created and an activation link is e-mailed to you.","facilitators.signup.haveAccount":"Already have an account? Sign in to sign up in one click, or leave the password empty: a confirmation link will be e-mailed to you.","facilitators.signup.password":"Password of the new account","facilitators.signup.submit":"Sign up for this training","facilitators.signup.doneSignedIn":"Done: you are signed up for this training. A confirmation e-mail is on its way.","facilitators.signup.doneMail":"Thank you! An e-mail was just sent to {email}: open its link to activate your account, or to confirm the sign-up if you already had an account.","facilitators.signup.course":"See my course and its resources","facilitators.confirm.title":"Sign-up confirmation","facilitators.confirm.done":"Your sign-up for the training is confirmed. See you soon!","facilitators.course.title":"My course","facilitators.course.registrations":"My sign-ups","facilitators.course.noRegistration":"You have not signed up for any training.","facilitators.course.attended":"Attendance validated","facilitators.course.notYet":"Attendance not validated yet","facilitators.course.registeredAt":"Signed up on {date}","facilitators.course.resources":"Course resources","facilitators.course.noResource":"No resources yet.","facilitators.course.download":"Download “{title}”","facilitators.course.open":"Open “{title}”","facilitators.course.more":"See the upcoming trainings","facilitators.home.title":"Facilitator home","facilitators.home.mine":"My upcoming sessions","facilitators.home.noneMine":"No upcoming session.","facilitators.home.create":"Create a session","facilitators.home.opportunities":"Facilitation opportunities","facilitators.home.noOpportunity":"No session is looking for a facilitator right now.","facilitators.home.organiser":"Organised by {name}","facilitators.home.message":"Message to the organiser","facilitators.home.apply":"Offer to co-facilitate","facilitators.home.applied":"Your offer was sent to the organiser.","facilitators.home.yourOffer":"Your offer to co-facilitate: {status}","facilitators.home.withdraw":"Withdraw my offer","facilitators.home.withdrawn":"Your offer is withdrawn.","facilitators.counter.title":"Create a session / my counter","facilitators.counter.summary":"My counter","facilitators.counter.run":"Workshops run (reported)","facilitators.counter.reached":"Participants reached","facilitators.counter.create":"Create a session","facilitators.counter.createHint":"A past session can be created too, to report it afterwards.","facilitators.field.title":"Title","facilitators.field.startsAt":"Date and time (dd/mm/yyyy hh:mm)","facilitators.field.format":"Format","facilitators.field.language":"Language of the session","facilitators.field.kind":"Kind of session","facilitators.field.city":"City","facilitators.field.capacity":"Number of seats","facilitators.field.coFacilitators":"Co-facilitators: e-mail addresses, one per line","facilitators.field.seeking":"Look for co-facilitators (the session shows in the opportunities)","facilitators.field.participants":"Number of participants","facilitators.problem.startsAt":"Write the date like this: 25/03/2027 14:30.","facilitators.problem.capacity":"The number of seats is a whole number, at least 1.","facilitators.problem.participants":"The number of participants is a whole number (0 or more).","facilitators.counter.createSubmit":"Create the session","facilitators.counter.created":"The session is created.","facilitators.counter.mine":"My sessions","facilitators.counter.none":"You have no session yet.","facilitators.counter.organiserYou":"You organise this session.","facilitators.counter.coWith":"Co-facilitated with: {names}","facilitators.counter.participants":"{n} participant(s)","facilitators.counter.edit":"Edit “{title}”","facilitators.counter.coHint":"The addresses typed replace the current list of co-facilitators; leave it empty to keep the list as it is.","facilitators.counter.editSubmit":"Save the changes","facilitators.counter.edited":"The changes are saved.","facilitators.counter.cancel":"Cancel “{title}”","facilitators.counter.cancelConfirm":"Cancel this session? Its co-facilitators, and those who offered to co-facilitate it, will be told by e-mail.","facilitators.counter.cancelYes":"Yes, cancel the session","facilitators.counter.cancelNo":"No, keep it","facilitators.counter.cancelled":"The session is cancelled; its co-facilitators are told.","facilitators.counter.report":"Report it","facilitators.counter.reportSubmit":"Save the report","facilitators.counter.reported":"The report is saved: the session counts for each of its facilitators.","facilitators.counter.notYet":"The report can be made once the session has started.","facilitators.counter.applications":"Offers to co-facilitate","facilitators.counter.noApplication":"No offers.","facilitators.counter.applicant":"{name} ({belt} belt)","facilitators.counter.accept":"Accept the offer of {name}","facilitators.counter.decline":"Decline the offer of {name}","facilitators.counter.decided":"Your answer was sent to {name}.","facilitators.journey.title":"My journey","facilitators.journey.belt":"My belt: {belt}","facilitators.journey.noBelt":"Your facilitator journey starts when the trainer validates your attendance at a training.","facilitators.journey.next":"To reach the {belt} belt","facilitators.journey.top":"You hold the highest belt. Well done!","facilitators.journey.req.WORKSHOPS":"Workshops run: {progress} of {target}","facilitators.journey.req.CO_OPTATIONS":"Co-optations by {belt} belts or higher: {progress} of {target}","facilitators.journey.met":"reached","facilitators.journey.left.WORKSHOPS":"{n} more workshop(s) to run and report","facilitators.journey.left.CO_OPTATIONS":"{n} more co-optation(s) to receive","facilitators.journey.counter":"{run} workshop(s) run, {reached} participant(s) reached","facilitators.journey.coOptations":"Co-optations received","facilitators.journey.coOptation":"{name} ({by} belt) for the {belt} belt, on {date}","facilitators.journey.past":"My past sessions","facilitators.journey.noPast":"No past session.","facilitators.journey.settings":"Account settings"},qn={"community.menu.community":"Communauté","community.menu.resources":"Ressources","community.menu.pros":"Pros","community.menu.peers":"Validation par les pairs","community.menu.help":"Aide","community.belt.WHITE":"Blanche","community.belt.YELLOW":"Jaune","community.belt.ORANGE":"Orange","community.belt.GREEN":"Verte","community.belt.BLUE":"Bleue","community.belt.label":"Ceinture {belt}","community.belt.none":"Sans ceinture","community.lang.FR":"français","community.lang.EN":"anglais","community.more":"Afficher la suite","community.back":"Retour","community.empty":"Rien pour le moment.","community.title":"Communauté","community.nav":"Rubriques de la communauté","community.nav.news":"Actualités","community.nav.groups":"Groupes locaux","community.nav.directory":"Annuaire","community.nav.profile":"Ma fiche dans l’annuaire","community.nav.indicators":"Indicateurs","community.news.title":"Actualités de la communauté","community.news.count":"{n} actualité(s)","community.news.published":"Publié le {date}","community.news.notFound":"Cette actualité n’existe pas ou ne vous est pas ouverte.","community.groups.title":"Groupes locaux","community.groups.intro":"Retrouvez les animateurs de votre ville ou de votre région, et les ateliers publics qui s’y préparent.","community.groups.members":"{n} membre(s)","community.groups.youAreMember":"Vous en êtes membre","community.groups.where":"{city}, {region}","community.group.notFound":"Ce groupe local n’existe pas.","community.group.coordinators":"Coordination","community.group.noCoordinator":"Personne n’est encore nommé à la coordination.","community.group.membersTitle":"Membres ({n})","community.group.workshops":"Prochains ateliers publics à {city}","community.group.noWorkshop":"Aucun atelier public prévu dans cette ville pour le moment.","community.group.join":"Rejoindre ce groupe","community.group.leave":"Quitter ce groupe","community.group.joined":"Vous avez rejoint le groupe « {name} ».","community.group.left":"Vous avez quitté le groupe « {name} ».","community.directory.title":"Annuaire des animateurs","community.directory.intro":"Seuls les animateurs qui ont choisi d’y figurer apparaissent, avec ce qu’ils ont choisi de partager.","community.directory.search":"Nom ou prénom","community.directory.city":"Ville","community.directory.belt":"Ceinture","community.directory.anyBelt":"Toutes les ceintures","community.directory.submit":"Rechercher","community.directory.count":"{n} animateur(s) trouvé(s)","community.directory.shown":"{shown} affiché(s) sur {total}","community.directory.none":"Aucun animateur ne correspond à cette recherche.","community.directory.languages":"Anime en : {langs}","community.directory.workshops":"{n} atelier(s) animé(s)","community.directory.contact":"Écrire à {email}","community.profile.title":"Ma fiche dans l’annuaire","community.profile.intro":"Choisissez si vous apparaissez dans l’annuaire et ce que vos pairs y voient. Votre nom, votre ceinture et vos ateliers animés y figurent toujours quand vous y êtes.","community.profile.listed":"Apparaître dans l’annuaire","community.profile.city":"Ville (facultatif)","community.profile.languages":"Langues dans lesquelles j’anime","community.profile.bioFr":"Présentation en français (facultatif)","community.profile.bioEn":"Présentation en anglais (facultatif)","community.profile.left":"{n} caractère(s) restant(s)","community.profile.showEmail":"Montrer mon adresse e-mail à mes pairs","community.profile.submit":"Enregistrer ma fiche","community.profile.saved":"Votre fiche est enregistrée.","community.indicators.title":"Indicateurs de la communauté","community.indicators.facilitators":"Animateurs","community.indicators.workshops":"Ateliers déclarés","community.indicators.participants":"Participants touchés","community.indicators.byBelt":"Animateurs par ceinture","community.indicators.beltCol":"Ceinture","community.indicators.countCol":"Nombre","community.toolbox.title":"Ressources","community.toolbox.intro":"Les documents et guides que l’espace met à disposition des animateurs.","community.toolbox.download":"Télécharger {name}","community.toolbox.open":"Ouvrir {name}","community.toolbox.guides":"Guides de la rubrique","community.toolbox.none":"Aucune ressource n’est publiée pour le moment.","community.toolbox.failed":"Le téléchargement a échoué. Réessayez.","community.pros.title":"Ateliers professionnels","community.pros.intro":"Les ateliers destinés à des professionnels qui cherchent un animateur. Ils sont ouverts aux ceintures que l’espace a choisies.","community.pros.none":"Aucun atelier professionnel ne vous est ouvert pour le moment.","community.pros.when":"{date} · {place}","community.pros.online":"en ligne","community.pros.message":"Message à l’organisateur pour « {title} » (facultatif)","community.pros.apply":"Proposer de co-animer","community.pros.applied":"Votre candidature pour « {title} » est envoyée à son organisateur.","community.peers.title":"Validation par les pairs","community.peers.intro":"Les ceintures verte et bleue s’obtiennent par cooptation : des animateurs qui ont déjà cette ceinture, ou une plus haute, confirment votre expérience.","community.peers.mine":"Mon parcours","community.peers.myBelt":"Votre ceinture : {belt}","community.peers.next":"Prochaine ceinture : {belt}","community.peers.top":"Vous avez la ceinture la plus haute.","community.peers.req.WORKSHOPS":"Ateliers déclarés : {progress} sur {target}","community.peers.req.CO_OPTATIONS":"Cooptations : {progress} sur {target}","community.peers.met":"(atteint)","community.peers.ask":"Demander la cooptation pour la ceinture {belt}","community.peers.asked":"Votre demande de ceinture {belt} est ouverte : les animateurs de cette ceinture ou d’une plus haute peuvent maintenant vous coopter.","community.peers.alreadyAsked":"Votre demande pour cette ceinture est déjà ouverte.","community.peers.cannotAsk":"La prochaine ceinture ne s’obtient pas par cooptation : continuez à déclarer vos ateliers.","community.peers.request":"Votre demande de ceinture {belt} du {date} : {n} cooptation(s) sur {required}.","community.peers.status.OPEN":"Elle reste ouverte aux animateurs de cette ceinture ou d’une plus haute.","community.peers.status.GRANTED":"Elle est accordée.","community.peers.received":"Cooptations reçues","community.peers.noneReceived":"Aucune cooptation pour le moment.","community.peers.by":"{name} ({belt}), le {date}, pour la ceinture {for}","community.peers.toCoOpt":"Demandes que vous pouvez coopter","community.peers.noRequest":"Aucune demande en attente de votre cooptation.","community.peers.candidate":"Ceinture {belt} · {n} atelier(s) animé(s)","community.peers.wants":"Demande la ceinture {belt}","community.peers.sofar":"Cooptations : {n} sur {required}","community.peers.sofarBy":"Déjà cooptée par : {names}","community.peers.comment":"Commentaire pour {name} (facultatif)","community.peers.coOpt":"Coopter {name}","community.peers.coOpted":"Vous avez coopté {name}.","community.peers.raised":"{name} obtient la ceinture {belt}.","community.peers.coOptRule":"Vous pouvez coopter pour votre ceinture ou une ceinture inférieure, une fois par demande.","community.help.title":"Aide","community.help.nav":"Rubriques de l’aide","community.help.nav.guides":"Guides","community.help.nav.faq":"Questions fréquentes","community.help.nav.contact":"Nous écrire","community.help.search":"Rechercher dans l’aide","community.help.searchHint":"Les résultats s’affichent pendant la saisie.","community.help.results":"{n} résultat(s)","community.help.noResult":"Aucun résultat pour cette recherche.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Ressource","community.help.kind.News":"Actualité","community.help.restricted":"Réservé aux animateurs","community.help.restrictedTo":"Réservé aux membres de l’espace","community.help.guideNotFound":"Ce guide n’existe pas ou ne vous est pas ouvert.","community.help.attachments":"Fichiers joints","community.help.faqTitle":"Questions fréquentes","community.help.contactTitle":"Nous écrire","community.help.contactIntro":"Une question sur votre compte ou votre parcours ? L’équipe support vous répond par e-mail.","community.help.name":"Votre nom","community.help.email":"Votre adresse e-mail","community.help.subject":"Sujet","community.help.message":"Votre message","community.help.send":"Envoyer","community.help.sent":"Votre message est envoyé au support. Vous recevrez la réponse à {email}.","community.help.required":"(obligatoire)"},In={"community.menu.community":"Community","community.menu.resources":"Resources","community.menu.pros":"Pros","community.menu.peers":"Peer validation","community.menu.help":"Help","community.belt.WHITE":"White","community.belt.YELLOW":"Yellow","community.belt.ORANGE":"Orange","community.belt.GREEN":"Green","community.belt.BLUE":"Blue","community.belt.label":"{belt} belt","community.belt.none":"No belt","community.lang.FR":"French","community.lang.EN":"English","community.more":"Show more","community.back":"Back","community.empty":"Nothing yet.","community.title":"Community","community.nav":"Community sections","community.nav.news":"News","community.nav.groups":"Local groups","community.nav.directory":"Directory","community.nav.profile":"My directory entry","community.nav.indicators":"Indicators","community.news.title":"Community news","community.news.count":"{n} post(s)","community.news.published":"Published on {date}","community.news.notFound":"This post does not exist or is not open to you.","community.groups.title":"Local groups","community.groups.intro":"Meet the facilitators of your city or region, and the public workshops being prepared there.","community.groups.members":"{n} member(s)","community.groups.youAreMember":"You are a member","community.groups.where":"{city}, {region}","community.group.notFound":"This local group does not exist.","community.group.coordinators":"Coordinators","community.group.noCoordinator":"Nobody has been named coordinator yet.","community.group.membersTitle":"Members ({n})","community.group.workshops":"Upcoming public workshops in {city}","community.group.noWorkshop":"No public workshop is planned in this city yet.","community.group.join":"Join this group","community.group.leave":"Leave this group","community.group.joined":"You joined the group “{name}”.","community.group.left":"You left the group “{name}”.","community.directory.title":"Facilitator directory","community.directory.intro":"Only the facilitators who chose to appear are listed, with what they chose to share.","community.directory.search":"First or last name","community.directory.city":"City","community.directory.belt":"Belt","community.directory.anyBelt":"Any belt","community.directory.submit":"Search","community.directory.count":"{n} facilitator(s) found","community.directory.shown":"{shown} shown out of {total}","community.directory.none":"No facilitator matches this search.","community.directory.languages":"Facilitates in: {langs}","community.directory.workshops":"{n} workshop(s) run","community.directory.contact":"Write to {email}","community.profile.title":"My directory entry","community.profile.intro":"Choose whether you appear in the directory and what your peers see there. Your name, belt and workshops run always show while you are listed.","community.profile.listed":"Appear in the directory","community.profile.city":"City (optional)","community.profile.languages":"Languages I facilitate in","community.profile.bioFr":"Presentation in French (optional)","community.profile.bioEn":"Presentation in English (optional)","community.profile.left":"{n} character(s) left","community.profile.showEmail":"Show my e-mail address to my peers","community.profile.submit":"Save my entry","community.profile.saved":"Your entry is saved.","community.indicators.title":"Community indicators","community.indicators.facilitators":"Facilitators","community.indicators.workshops":"Workshops reported","community.indicators.participants":"Participants reached","community.indicators.byBelt":"Facilitators by belt","community.indicators.beltCol":"Belt","community.indicators.countCol":"Count","community.toolbox.title":"Resources","community.toolbox.intro":"The documents and guides the space offers its facilitators.","community.toolbox.download":"Download {name}","community.toolbox.open":"Open {name}","community.toolbox.guides":"Guides of this category","community.toolbox.none":"No resource is published yet.","community.toolbox.failed":"The download failed. Please try again.","community.pros.title":"Professional workshops","community.pros.intro":"Workshops for professionals that are looking for a facilitator. They are open to the belts the space chose.","community.pros.none":"No professional workshop is open to you right now.","community.pros.when":"{date} · {place}","community.pros.online":"online","community.pros.message":"Message to the organiser of “{title}” (optional)","community.pros.apply":"Offer to co-facilitate","community.pros.applied":"Your application for “{title}” was sent to its organiser.","community.peers.title":"Peer validation","community.peers.intro":"The green and blue belts come by co-optation: facilitators who hold that belt, or a higher one, vouch for your experience.","community.peers.mine":"My journey","community.peers.myBelt":"Your belt: {belt}","community.peers.next":"Next belt: {belt}","community.peers.top":"You hold the highest belt.","community.peers.req.WORKSHOPS":"Workshops reported: {progress} of {target}","community.peers.req.CO_OPTATIONS":"Co-optations: {progress} of {target}","community.peers.met":"(done)","community.peers.ask":"Ask to be co-opted for the {belt} belt","community.peers.asked":"Your request for the {belt} belt is open: facilitators of that belt or a higher one can now co-opt you.","community.peers.alreadyAsked":"Your request for this belt is already open.","community.peers.cannotAsk":"Your next belt does not come by co-optation: keep reporting your workshops.","community.peers.request":"Your request for the {belt} belt of {date}: {n} co-optation(s) of {required}.","community.peers.status.OPEN":"It stays open to facilitators of that belt or a higher one.","community.peers.status.GRANTED":"It is granted.","community.peers.received":"Co-optations received","community.peers.noneReceived":"No co-optation yet.","community.peers.by":"{name} ({belt}), on {date}, for the {for} belt","community.peers.toCoOpt":"Requests you may co-opt","community.peers.noRequest":"No request is waiting for your co-optation.","community.peers.candidate":"{belt} belt · {n} workshop(s) run","community.peers.wants":"Asks for the {belt} belt","community.peers.sofar":"Co-optations: {n} of {required}","community.peers.sofarBy":"Already co-opted by: {names}","community.peers.comment":"Comment for {name} (optional)","community.peers.coOpt":"Co-opt {name}","community.peers.coOpted":"You co-opted {name}.","community.peers.raised":"{name} now holds the {belt} belt.","community.peers.coOptRule":"You may co-opt for your belt or a lower one, once per request.","community.help.title":"Help","community.help.nav":"Help sections","community.help.nav.guides":"Guides","community.help.nav.faq":"FAQ","community.help.nav.contact":"Contact us","community.help.search":"Search the help","community.help.searchHint":"Results show as you type.","community.help.results":"{n} result(s)","community.help.noResult":"Nothing found for this search.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Resource","community.help.kind.News":"News","community.help.restricted":"For facilitators","community.help.restrictedTo":"For members of the space","community.help.guideNotFound":"This guide does not exist or is not open to you.","community.help.attachments":"Attached files","community.help.faqTitle":"Frequently asked questions","community.help.contactTitle":"Contact us","community.help.contactIntro":"A question about your account or your journey? The support team answers by e-mail.","community.help.name":"Your name","community.help.email":"Your e-mail address","community.help.subject":"Subject","community.help.message":"Your message","community.help.send":"Send","community.help.sent":"Your message was sent to support. The answer will come to {email}.","community.help.required":"(required)"},Rn={"mentoring.menu.organizations":"Mes organismes","mentoring.menu.onboarding":"Séances d’intégration","mentoring.menu.access":"Accès à la plateforme","mentoring.optional":"(facultatif)","mentoring.loading":"Chargement…","mentoring.cancel":"Annuler","mentoring.status.PENDING":"En attente","mentoring.status.APPROVED":"Approuvé","mentoring.status.REJECTED":"Refusé","mentoring.request.PENDING":"Invitation envoyée","mentoring.request.COMPLETED":"Invitation acceptée","mentoring.request.CANCELLED":"Annulée","mentoring.lang.FR":"Français","mentoring.lang.EN":"Anglais","mentoring.orgs.title":"Mes organismes et programmes","mentoring.orgs.mine":"Organismes que j’administre","mentoring.orgs.none":"Vous n’administrez encore aucun organisme. Inscrivez le vôtre ci-dessous : l’équipe l’examinera.","mentoring.orgs.name":"Nom","mentoring.orgs.city":"Ville","mentoring.orgs.website":"Site web","mentoring.orgs.status":"Statut","mentoring.orgs.created":"Créé","mentoring.orgs.new":"Inscrire un organisme","mentoring.orgs.create":"Inscrire l’organisme","mentoring.orgs.created.done":"L’organisme « {name} » est inscrit. Il attend l’approbation de l’équipe du réseau.","mentoring.programs.title":"Programmes ({count})","mentoring.programs.caption":"Les programmes de mes organismes et ceux que j’administre, du plus récent au plus ancien","mentoring.programs.none":"Aucun programme pour l’instant.","mentoring.programs.name":"Nom","mentoring.programs.organization":"Organisme","mentoring.programs.contact":"Contact","mentoring.programs.status":"Statut","mentoring.programs.level":"Niveau de réponse","mentoring.programs.created":"Créé","mentoring.programs.actions":"Actions","mentoring.programs.requestAccess":"Demander l’accès","mentoring.programs.requestAccessFor":" pour « {title} »","mentoring.programs.more":"Afficher plus de programmes","mentoring.programs.new":"Ajouter un programme","mentoring.programs.org":"Organisme du programme","mentoring.programs.titleFr":"Titre en français","mentoring.programs.titleEn":"Titre en anglais","mentoring.programs.titlesHint":"Pour une fiche bilingue, remplissez les deux titres ; sinon, un seul suffit, dans la langue de votre choix.","mentoring.programs.titleMissing":"Donnez au programme un titre, en français ou en anglais.","mentoring.programs.levelLabel":"Niveau de réponse (1 à 4)","mentoring.programs.contactEmail":"Courriel de la personne-ressource","mentoring.programs.contactName":"Nom de la personne-ressource","mentoring.programs.create":"Ajouter le programme","mentoring.programs.created.done":"Le programme est ajouté. Il attend l’approbation de l’équipe du réseau.","mentoring.programs.needOrg":"Inscrivez d’abord un organisme : un programme appartient toujours à un organisme.","mentoring.onboarding.title":"Séances d’intégration et de formation","mentoring.onboarding.intro":"Inscrire un programme à une séance est obligatoire avant de demander l’accès à la plateforme de mentorat virtuel pour ce programme.","mentoring.onboarding.caption":"Séances à venir","mentoring.onboarding.when":"Date et heure","mentoring.onboarding.language":"Langue","mentoring.onboarding.seats":"Places restantes","mentoring.onboarding.none":"Aucune séance n’est prévue pour le moment. Revenez plus tard.","mentoring.onboarding.session":"Séance","mentoring.onboarding.program":"Programme à inscrire","mentoring.onboarding.full":"complet","mentoring.onboarding.noProgram":"Vous n’avez encore aucun programme à inscrire.","mentoring.onboarding.submit":"Inscrire le programme","mentoring.onboarding.done":"« {program} » est inscrit à la séance du {when}. Un courriel de confirmation vous a été envoyé.","mentoring.access.title":"Demande d’accès à la plateforme de mentorat virtuel","mentoring.access.choose":"Choisissez le programme pour lequel demander l’accès. Seuls les programmes approuvés d’un organisme approuvé peuvent en bénéficier, une fois inscrits à une séance d’intégration.","mentoring.access.noneReady":"Aucun de vos programmes n’est encore approuvé.","mentoring.access.notices":"Avis de l’organisme","mentoring.access.pinned":"Avis épinglé","mentoring.access.cancelRequest":"Annuler cette demande d’accès","mentoring.access.cancelled":"La demande est annulée : le lien d’invitation ne fonctionne plus.","mentoring.access.open":"Une demande est déjà ouverte pour cet organisme (voir l’avis épinglé) : un seul accès est demandé à la fois.","mentoring.access.programTitle":"Titre du programme","mentoring.access.programTitleHint":"Ce titre vient du programme et ne se modifie pas ici : il doit être le même sur la plateforme.","mentoring.access.adminLegend":"Administrateur de la plateforme de mentorat virtuel","mentoring.access.adminHint":"La personne désignée recevra l’invitation. Elle n’a pas besoin d’être l’administrateur du programme ici.","mentoring.access.firstName":"Prénom","mentoring.access.lastName":"Nom","mentoring.access.phone":"Numéro de téléphone","mentoring.access.email":"Courriel","mentoring.access.logoLegend":"Logo sur la plateforme","mentoring.access.logo":"Logo","mentoring.access.logoHint":"PNG ou JPEG, 2 Mo au plus. Une image carrée de 300 × 300 pixels donne le meilleur résultat.","mentoring.access.logoPreview":"Aperçu du logo « {name} »","mentoring.access.logoOf":"Logo de « {name} »","mentoring.access.logoRemove":"Retirer le logo","mentoring.access.logoType":"Le logo doit être une image PNG ou JPEG.","mentoring.access.logoSize":"Le logo dépasse 2 Mo : choisissez un fichier plus léger.","mentoring.access.terms":"J’ai lu et j’accepte les conditions d’utilisation et la politique de confidentialité","mentoring.access.submit":"Demander l’accès","mentoring.access.sending":"Envoi : {percent} %","mentoring.access.done":"La demande est envoyée : {email} va recevoir une invitation à la plateforme.","mentoring.access.back":"Retour à mes organismes et programmes","mentoring.access.toOnboarding":"Inscrire le programme à une séance d’intégration","mentoring.access.unknown":"Ce programme n’existe pas ou vous ne l’administrez pas.","mentoring.invite.title":"Accepter l’invitation","mentoring.invite.intro":"Vous êtes désigné administrateur de la plateforme de mentorat virtuel. Choisissez votre mot de passe pour terminer votre inscription. Si vous avez déjà un compte dans cet espace, saisissez son mot de passe actuel.","mentoring.invite.password":"Mot de passe","mentoring.invite.confirm":"Confirmation du mot de passe","mentoring.invite.mismatch":"Les deux mots de passe ne sont pas identiques.","mentoring.invite.submit":"Enregistrer le mot de passe","mentoring.invite.done":"C’est fait : le compte {email} est actif. Connectez-vous avec votre mot de passe.","mentoring.invite.signIn":"Se connecter","mentoring.invite.noSpace":"Aucun espace de ce serveur ne gère la plateforme de mentorat virtuel."},Tn={"mentoring.menu.organizations":"My organizations","mentoring.menu.onboarding":"Onboarding sessions","mentoring.menu.access":"Platform access","mentoring.optional":"(optional)","mentoring.loading":"Loading…","mentoring.cancel":"Cancel","mentoring.status.PENDING":"Pending","mentoring.status.APPROVED":"Approved","mentoring.status.REJECTED":"Rejected","mentoring.request.PENDING":"Invitation sent","mentoring.request.COMPLETED":"Invitation accepted","mentoring.request.CANCELLED":"Cancelled","mentoring.lang.FR":"French","mentoring.lang.EN":"English","mentoring.orgs.title":"My organizations and programs","mentoring.orgs.mine":"Organizations I administer","mentoring.orgs.none":"You do not administer any organization yet. Register yours below: the team will review it.","mentoring.orgs.name":"Name","mentoring.orgs.city":"City","mentoring.orgs.website":"Website","mentoring.orgs.status":"Status","mentoring.orgs.created":"Created","mentoring.orgs.new":"Register an organization","mentoring.orgs.create":"Register the organization","mentoring.orgs.created.done":"“{name}” is registered. It is waiting for the network team’s approval.","mentoring.programs.title":"Programs ({count})","mentoring.programs.caption":"The programs of my organizations and those I administer, newest first","mentoring.programs.none":"No programs yet.","mentoring.programs.name":"Name","mentoring.programs.organization":"Organization","mentoring.programs.contact":"Contact","mentoring.programs.status":"Status","mentoring.programs.level":"Response level","mentoring.programs.created":"Created","mentoring.programs.actions":"Actions","mentoring.programs.requestAccess":"Request access","mentoring.programs.requestAccessFor":" for “{title}”","mentoring.programs.more":"Show more programs","mentoring.programs.new":"Add a program","mentoring.programs.org":"The program’s organization","mentoring.programs.titleFr":"Title in French","mentoring.programs.titleEn":"Title in English","mentoring.programs.titlesHint":"For a bilingual entry, fill in both titles; otherwise one is enough, in the language you prefer.","mentoring.programs.titleMissing":"Give the program a title, in French or in English.","mentoring.programs.levelLabel":"Response level (1 to 4)","mentoring.programs.contactEmail":"Contact person’s e-mail","mentoring.programs.contactName":"Contact person’s name","mentoring.programs.create":"Add the program","mentoring.programs.created.done":"The program is added. It is waiting for the network team’s approval.","mentoring.programs.needOrg":"Register an organization first: a program always belongs to one.","mentoring.onboarding.title":"Onboarding and training sessions","mentoring.onboarding.intro":"A program must be registered for a session before access to the e-mentoring platform can be requested for it.","mentoring.onboarding.caption":"Upcoming sessions","mentoring.onboarding.when":"Date and time","mentoring.onboarding.language":"Language","mentoring.onboarding.seats":"Seats left","mentoring.onboarding.none":"No session is scheduled for now. Come back later.","mentoring.onboarding.session":"Session","mentoring.onboarding.program":"Program to register","mentoring.onboarding.full":"full","mentoring.onboarding.noProgram":"You have no program to register yet.","mentoring.onboarding.submit":"Register the program","mentoring.onboarding.done":"“{program}” is registered for the session of {when}. A confirmation e-mail is on its way to you.","mentoring.access.title":"Request access to the e-mentoring platform","mentoring.access.choose":"Choose the program to request access for. Only approved programs of an approved organization qualify, once registered for an onboarding session.","mentoring.access.noneReady":"None of your programs is approved yet.","mentoring.access.notices":"The organization’s notices","mentoring.access.pinned":"Pinned notice","mentoring.access.cancelRequest":"Cancel this access request","mentoring.access.cancelled":"The request is cancelled: the invitation link no longer works.","mentoring.access.open":"A request is already open for this organization (see the pinned notice): access is requested one at a time.","mentoring.access.programTitle":"Program title","mentoring.access.programTitleHint":"This title comes from the program and cannot be changed here: it must be the same on the platform.","mentoring.access.adminLegend":"Administrator of the e-mentoring platform","mentoring.access.adminHint":"The person named here receives the invitation. They need not be the program’s administrator here.","mentoring.access.firstName":"First name","mentoring.access.lastName":"Last name","mentoring.access.phone":"Phone number","mentoring.access.email":"E-mail","mentoring.access.logoLegend":"Logo on the platform","mentoring.access.logo":"Logo","mentoring.access.logoHint":"PNG or JPEG, 2 MB at most. A square image of 300 × 300 pixels gives the best result.","mentoring.access.logoPreview":"Preview of the logo “{name}”","mentoring.access.logoOf":"Logo of “{name}”","mentoring.access.logoRemove":"Remove the logo","mentoring.access.logoType":"The logo must be a PNG or JPEG image.","mentoring.access.logoSize":"The logo is larger than 2 MB: choose a lighter file.","mentoring.access.terms":"I have read and accept the terms of use and the privacy policy","mentoring.access.submit":"Request access","mentoring.access.sending":"Sending: {percent}%","mentoring.access.done":"The request is sent: {email} will receive an invitation to the platform.","mentoring.access.back":"Back to my organizations and programs","mentoring.access.toOnboarding":"Register the program for an onboarding session","mentoring.access.unknown":"This program does not exist or you do not administer it.","mentoring.invite.title":"Accept the invitation","mentoring.invite.intro":"You were named administrator of the e-mentoring platform. Choose your password to finish signing up. If you already have an account in this space, type its current password.","mentoring.invite.password":"Password","mentoring.invite.confirm":"Confirm the password","mentoring.invite.mismatch":"The two passwords are not the same.","mentoring.invite.submit":"Save the password","mentoring.invite.done":"Done: the account {email} is active. Sign in with your password.","mentoring.invite.signIn":"Sign in","mentoring.invite.noSpace":"No space of this server runs the e-mentoring platform."},On={"cert.menu.entity":"Mon entité","cert.register.title":"Créer un compte déposant","cert.register.intro":"Ce compte permet de déposer des dossiers de certification au nom de votre entité. Le premier compte créé pour une entité en devient le gestionnaire, une fois validé par l’équipe : il approuve ensuite les comptes des autres personnes de l’entité.","cert.register.entity":"Votre entité","cert.register.ministry":"Votre entité est-elle un ministère ?","cert.register.ministryYes":"Oui, un ministère","cert.register.ministryNo":"Non, un autre organisme","cert.register.ministryHint":"Une université ou une école publique n’est pas un ministère : choisissez « un autre organisme », puis « établissement public ».","cert.register.kind":"Type d’organisme","cert.register.kindChoose":"Choisir…","cert.kind.MINISTRY":"Ministère","cert.kind.PUBLIC_ESTABLISHMENT":"Établissement public (université, école publique…)","cert.kind.COMPANY":"Entreprise","cert.kind.ASSOCIATION":"Association","cert.kind.BRANCH_BODY":"Organisme de branche (CPNE…)","cert.kind.OTHER":"Autre organisme","cert.register.hasSiret":"Votre entité a-t-elle un numéro SIRET ?","cert.yes":"Oui","cert.no":"Non","cert.register.siret":"Numéro SIRET (14 chiffres)","cert.register.siretHint":"Les 14 chiffres, sans espace. Un établissement public donne le SIRET de son siège, pas celui d’un de ses services.","cert.siret.typing":"{n} chiffre(s) sur 14.","cert.siret.NOT_14_DIGITS":"Un SIRET compte exactement 14 chiffres, sans lettre ni autre signe.","cert.siret.CHECKSUM":"Ce numéro n’est pas un SIRET : son dernier chiffre (la clé de contrôle) ne correspond pas. Vérifiez-le sur votre extrait Kbis ou votre avis de situation.","cert.siret.checking":"Vérification du numéro…","cert.siret.found":"SIRET reconnu : entité SIREN {siren}, établissement {nic}.","cert.siret.fixFirst":"Corrigez le numéro SIRET avant d’envoyer la demande.","cert.register.entityName":"Dénomination de l’entité","cert.register.entityNameHint":"Le nom légal, tel qu’il figure sur le document d’existence légale.","cert.register.address":"Adresse de l’entité","cert.register.line1":"Adresse (numéro et voie)","cert.register.line2":"Complément d’adresse (facultatif)","cert.register.postalCode":"Code postal","cert.register.city":"Ville","cert.register.country":"Pays (facultatif, France par défaut)","cert.register.documents":"Pièces justificatives","cert.register.proof":"Document d’existence légale de l’entité","cert.register.proofHint":"Par exemple : extrait K ou Kbis ; pour une association, l’annonce de sa création au Journal officiel ; pour un établissement public, le décret ou l’arrêté qui le crée ; pour une CPNE déposant un CQP, l’accord de branche qui la constitue. PDF, PNG ou JPEG.","cert.register.nameOnDoc":"Votre nom figure-t-il sur ce document ?","cert.register.mandate":"Délégation de mandat vous désignant gestionnaire de l’entité","cert.register.mandateHint":"Signée par le représentant légal de l’entité ; obligatoire si votre nom n’est pas sur le document d’existence légale, et toujours pour un établissement public. PDF, PNG ou JPEG.","cert.register.mandateDate":"Date de signature de la délégation","cert.register.mandateDateHint":"Elle doit dater de moins de 3 mois : au plus tôt le {oldest}, au plus tard aujourd’hui.","cert.register.you":"Vos coordonnées et vos identifiants","cert.register.phone":"Téléphone (facultatif)","cert.register.emailHint":"Elle vous servira d’identifiant pour vous connecter.","cert.register.submit":"Envoyer ma demande de compte","cert.register.sending":"Envoi en cours…","cert.upload.file":"Envoi de {name}","cert.upload.done":"Pièce envoyée : {name}","cert.register.doneTitle":"Demande envoyée : consultez votre messagerie","cert.register.done":"Si l’adresse {email} peut recevoir un compte, un e-mail d’activation vient d’y être envoyé : cliquez sur son lien pour confirmer votre demande. Pensez à regarder dans les courriers indésirables.","cert.register.doneNext":"Votre compte devra ensuite être validé : par l’équipe de la plateforme pour le premier compte d’une entité, sinon par le gestionnaire de votre entité. Vous recevrez un e-mail une fois le compte validé ; cela peut prendre plusieurs jours.","cert.register.resend":"Je n’ai pas reçu l’e-mail d’activation : le recevoir à nouveau","cert.register.haveAccount":"Vous avez déjà un compte ?","cert.entity.title":"Mon entité","cert.entity.none":"Votre compte n’est rattaché à aucune entité.","cert.entity.name":"Dénomination","cert.entity.siret":"SIRET","cert.entity.noSiret":"sans SIRET","cert.entity.kind":"Type","cert.entity.manager":"Gestionnaire","cert.entity.noManager":"pas encore désigné","cert.entity.you":"Votre rôle","cert.entity.youManager":"gestionnaire de l’entité","cert.entity.youDepositor":"déposant","cert.entity.members":"Les comptes de l’entité","cert.entity.member":"Personne","cert.entity.status":"Statut","cert.status.PENDING_ACTIVATION":"E-mail non encore confirmé","cert.status.PENDING_APPROVAL":"En attente de validation","cert.status.ACTIVE":"Actif","cert.status.REJECTED":"Refusé","cert.status.SUSPENDED":"Suspendu","cert.status.LEGACY_UNMIGRATED":"Ancien compte non migré","cert.entity.pending":"Comptes à valider","cert.entity.pendingIntro":"Ces personnes ont confirmé leur adresse e-mail et demandent à déposer au nom de l’entité. Vérifiez leurs pièces avant de les valider.","cert.entity.noPending":"Aucun compte n’attend votre validation.","cert.entity.requested":"Demande du {date}","cert.entity.documents":"Pièces jointes","cert.doc.LEGAL_EXISTENCE_PROOF":"Existence légale","cert.doc.MANDATE_DELEGATION":"Délégation de mandat","cert.doc.signedOn":"signée le {date}","cert.entity.approve":"Valider le compte de {name}","cert.entity.approved":"Le compte de {name} est validé : cette personne peut désormais se connecter.","cert.entity.rejectOpen":"Refuser cette demande","cert.entity.reason":"Motif du refus (facultatif, envoyé par e-mail à la personne)","cert.entity.reject":"Refuser la demande de {name}","cert.entity.rejected":"La demande de {name} est refusée ; la personne en est informée par e-mail."},Fn={"cert.menu.entity":"My entity","cert.register.title":"Create a depositor account","cert.register.intro":"This account lets you submit certification files on behalf of your entity. The first account created for an entity becomes its manager once the platform team approves it; the manager then approves the accounts of the entity’s other people.","cert.register.entity":"Your entity","cert.register.ministry":"Is your entity a ministry?","cert.register.ministryYes":"Yes, a ministry","cert.register.ministryNo":"No, another body","cert.register.ministryHint":"A university or a public school is not a ministry: choose “another body”, then “public establishment”.","cert.register.kind":"Kind of body","cert.register.kindChoose":"Choose…","cert.kind.MINISTRY":"Ministry","cert.kind.PUBLIC_ESTABLISHMENT":"Public establishment (university, public school…)","cert.kind.COMPANY":"Company","cert.kind.ASSOCIATION":"Association","cert.kind.BRANCH_BODY":"Industry branch body (CPNE…)","cert.kind.OTHER":"Other body","cert.register.hasSiret":"Does your entity have a SIRET number?","cert.yes":"Yes","cert.no":"No","cert.register.siret":"SIRET number (14 digits)","cert.register.siretHint":"The 14 digits, without spaces. A public establishment gives its head office’s SIRET, not one of its departments’.","cert.siret.typing":"{n} of 14 digits.","cert.siret.NOT_14_DIGITS":"A SIRET has exactly 14 digits, with no letter or other sign.","cert.siret.CHECKSUM":"This number is not a SIRET: its last digit (the check digit) does not match. Check it on your Kbis extract or INSEE registration notice.","cert.siret.checking":"Checking the number…","cert.siret.found":"SIRET recognised: entity SIREN {siren}, establishment {nic}.","cert.siret.fixFirst":"Correct the SIRET number before sending the request.","cert.register.entityName":"Entity’s legal name","cert.register.entityNameHint":"As written on the proof of legal existence.","cert.register.address":"Entity’s address","cert.register.line1":"Street address","cert.register.line2":"Address line 2 (optional)","cert.register.postalCode":"Postal code","cert.register.city":"City","cert.register.country":"Country (optional, France if left blank)","cert.register.documents":"Supporting documents","cert.register.proof":"Proof of the entity’s legal existence","cert.register.proofHint":"For example: a K or Kbis extract; for an association, the notice of its creation in the Journal officiel; for a public establishment, the decree or order creating it; for a CPNE submitting a CQP, the branch agreement that sets it up. PDF, PNG or JPEG.","cert.register.nameOnDoc":"Is your name on this document?","cert.register.mandate":"Mandate delegation naming you the entity’s manager","cert.register.mandateHint":"Signed by the entity’s legal representative; required when your name is not on the proof of legal existence, and always for a public establishment. PDF, PNG or JPEG.","cert.register.mandateDate":"Date the delegation was signed","cert.register.mandateDateHint":"It must be less than 3 months old: {oldest} at the earliest, today at the latest.","cert.register.you":"Your details and sign-in","cert.register.phone":"Phone (optional)","cert.register.emailHint":"You will sign in with it.","cert.register.submit":"Send my account request","cert.register.sending":"Sending…","cert.upload.file":"Uploading {name}","cert.upload.done":"Document sent: {name}","cert.register.doneTitle":"Request sent: check your e-mail","cert.register.done":"If the address {email} can get an account, an activation e-mail has just been sent to it: follow its link to confirm your request. Remember to look in your spam folder.","cert.register.doneNext":"Your account must then be approved: by the platform team for an entity’s first account, otherwise by your entity’s manager. You will get an e-mail once it is approved; this may take several days.","cert.register.resend":"I did not get the activation e-mail: send it again","cert.register.haveAccount":"Already have an account?","cert.entity.title":"My entity","cert.entity.none":"Your account is not linked to any entity.","cert.entity.name":"Legal name","cert.entity.siret":"SIRET","cert.entity.noSiret":"no SIRET","cert.entity.kind":"Kind","cert.entity.manager":"Manager","cert.entity.noManager":"not designated yet","cert.entity.you":"Your role","cert.entity.youManager":"the entity’s manager","cert.entity.youDepositor":"depositor","cert.entity.members":"The entity’s accounts","cert.entity.member":"Person","cert.entity.status":"Status","cert.status.PENDING_ACTIVATION":"E-mail not confirmed yet","cert.status.PENDING_APPROVAL":"Waiting for approval","cert.status.ACTIVE":"Active","cert.status.REJECTED":"Rejected","cert.status.SUSPENDED":"Suspended","cert.status.LEGACY_UNMIGRATED":"Former account, not migrated","cert.entity.pending":"Accounts to approve","cert.entity.pendingIntro":"These people confirmed their e-mail address and ask to submit on behalf of the entity. Check their documents before approving them.","cert.entity.noPending":"No account is waiting for your approval.","cert.entity.requested":"Requested on {date}","cert.entity.documents":"Documents","cert.doc.LEGAL_EXISTENCE_PROOF":"Legal existence","cert.doc.MANDATE_DELEGATION":"Mandate delegation","cert.doc.signedOn":"signed on {date}","cert.entity.approve":"Approve {name}’s account","cert.entity.approved":"{name}’s account is approved: they can now sign in.","cert.entity.rejectOpen":"Reject this request","cert.entity.reason":"Reason (optional, e-mailed to the person)","cert.entity.reject":"Reject {name}’s request","cert.entity.rejected":"{name}’s request is rejected; they are told by e-mail."},Ln={"app.title":"Mon compte","nav.skip":"Aller au contenu","nav.label":"Mon compte","nav.help":"Centre d’aide","lang.choose":"Langue de l’interface","lang.fr":"Français","lang.en":"English (anglais)","state.loading":"Chargement…","error.network":"Le serveur ne répond pas. Vérifiez votre connexion et réessayez.","error.notFoundTitle":"Page introuvable","error.notFound":"Cette adresse ne correspond à aucune page de l’espace membre.","error.noToken":"Ce lien est incomplet : ouvrez le lien reçu par e-mail tel quel.","field.email":"Adresse e-mail","field.password":"Mot de passe","field.currentPassword":"Mot de passe actuel","field.newPassword":"Nouveau mot de passe","field.firstName":"Prénom","field.lastName":"Nom","field.locale":"Langue préférée (e-mails et pages)","field.newEmail":"Nouvelle adresse e-mail","field.required":"(obligatoire)","field.optional":"(facultatif)","signIn.title":"Connexion","signIn.submit":"Se connecter","signIn.forgot":"Mot de passe oublié ?","signIn.noAccount":"Pas encore de compte ?","signIn.notActive":"Votre compte n’est pas encore activé.","signIn.resend":"Recevoir à nouveau le lien d’activation",signOut:"Se déconnecter","signUp.title":"Créer un compte","signUp.submit":"Créer mon compte","signUp.done":"C’est presque fini : nous vous avons envoyé un e-mail à {email}. Ouvrez le lien qu’il contient pour activer votre compte.","signUp.haveAccount":"Déjà un compte ?","activate.title":"Activation du compte","activate.working":"Activation en cours…","activate.active":"Votre compte est activé. Vous pouvez vous connecter.","activate.pending":"Votre adresse est confirmée. Votre compte doit encore être validé ; vous recevrez un e-mail.","resend.title":"Recevoir à nouveau le lien d’activation","resend.submit":"Envoyer le lien","resend.done":"Si un compte en attente d’activation existe pour cette adresse, un nouveau lien vient de lui être envoyé.","forgot.title":"Mot de passe oublié","forgot.submit":"Recevoir un lien","forgot.done":"Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.","reset.title":"Choisir un nouveau mot de passe","reset.submit":"Enregistrer le mot de passe","reset.done":"Votre mot de passe est enregistré. Vous pouvez vous connecter.","home.title":"Mon compte","home.hello":"Bonjour {name}","home.email":"Adresse e-mail : {email}","menu.home":"Accueil","menu.profile":"Mon profil","menu.password":"Mot de passe","menu.email":"Adresse e-mail","password.title":"Changer de mot de passe","password.forced":"Pour continuer, choisissez un nouveau mot de passe.","password.submit":"Changer le mot de passe","password.done":"Votre mot de passe est changé.","profile.title":"Mon profil","profile.submit":"Enregistrer","profile.done":"Votre profil est enregistré.","email.title":"Changer d’adresse e-mail","email.current":"Adresse actuelle : {email}","email.submit":"Recevoir un lien de confirmation","email.done":"Un lien de confirmation a été envoyé à {email}. L’adresse changera quand vous l’ouvrirez.","confirmEmail.title":"Confirmation de l’adresse e-mail","confirmEmail.done":"Votre adresse e-mail est maintenant {email}.","link.signIn":"Se connecter","link.signUp":"Créer un compte","link.account":"Mon compte"},Dn={"app.title":"My account","nav.skip":"Skip to content","nav.label":"My account","nav.help":"Help center","lang.choose":"Interface language","lang.fr":"Français (French)","lang.en":"English","state.loading":"Loading…","error.network":"The server does not answer. Check your connection and try again.","error.notFoundTitle":"Page not found","error.notFound":"This address is not a page of the member area.","error.noToken":"This link is incomplete: open the link from the e-mail as it is.","field.email":"E-mail address","field.password":"Password","field.currentPassword":"Current password","field.newPassword":"New password","field.firstName":"First name","field.lastName":"Last name","field.locale":"Preferred language (e-mails and pages)","field.newEmail":"New e-mail address","field.required":"(required)","field.optional":"(optional)","signIn.title":"Sign in","signIn.submit":"Sign in","signIn.forgot":"Forgot your password?","signIn.noAccount":"No account yet?","signIn.notActive":"Your account is not activated yet.","signIn.resend":"Get the activation link again",signOut:"Sign out","signUp.title":"Create an account","signUp.submit":"Create my account","signUp.done":"Almost done: we have sent an e-mail to {email}. Open its link to activate your account.","signUp.haveAccount":"Already have an account?","activate.title":"Account activation","activate.working":"Activating…","activate.active":"Your account is activated. You can sign in.","activate.pending":"Your address is confirmed. Your account still has to be approved; you will get an e-mail.","resend.title":"Get the activation link again","resend.submit":"Send the link","resend.done":"If an account waiting for activation exists for this address, a new link has just been sent to it.","forgot.title":"Forgotten password","forgot.submit":"Get a link","forgot.done":"If an account exists for this address, a link to choose a new password has just been sent to it.","reset.title":"Choose a new password","reset.submit":"Save the password","reset.done":"Your password is saved. You can sign in.","home.title":"My account","home.hello":"Hello {name}","home.email":"E-mail address: {email}","menu.home":"Home","menu.profile":"My profile","menu.password":"Password","menu.email":"E-mail address","password.title":"Change password","password.forced":"To continue, choose a new password.","password.submit":"Change the password","password.done":"Your password is changed.","profile.title":"My profile","profile.submit":"Save","profile.done":"Your profile is saved.","email.title":"Change e-mail address","email.current":"Current address: {email}","email.submit":"Get a confirmation link","email.done":"A confirmation link has been sent to {email}. The address will change when you open it.","confirmEmail.title":"E-mail address confirmation","confirmEmail.done":"Your e-mail address is now {email}.","link.signIn":"Sign in","link.signUp":"Create an account","link.account":"My account"},$n={...Ln,...An,...qn,...Rn,...On},zn={...Dn,...Mn,...In,...Tn,...Fn},Bn={fr:$n,en:zn};function Un(t,n,r){let i=Bn[t][n];if(r)for(const[s,o]of Object.entries(r))i=i.split("{"+s+"}").join(String(o));return i}const It=c.createContext(null);function Gn(){const t=new URLSearchParams(location.search).get("lang");if(on(t))return kt(localStorage,t),t;const n=[...navigator.languages??[],navigator.language].filter(Boolean);return an(localStorage,n)}function Hn({children:t}){const[n,r]=c.useState(Gn),i=c.useCallback(o=>{kt(localStorage,o),r(o)},[]);c.useEffect(()=>{document.documentElement.lang=n},[n]);const s=c.useMemo(()=>({lang:n,setLang:i,t:((o,a)=>Un(n,o,a))}),[n,i]);return e.jsx(It.Provider,{value:s,children:t})}function b(){const t=c.useContext(It);if(!t)throw new Error("useT outside MemberI18n");return t}const Vn=["","sign-up","activate","resend","sign-in","forgot","reset-password","confirm-email","password","profile","email"],Yn=["","password","profile","email"],Wn=["activate","reset-password","confirm-email"],_n={pages:[],mail:{}};function Rt(t,n=_n){const r=t.split("/").filter(Boolean).map(s=>{try{return decodeURIComponent(s)}catch{return s}});if(r.length>=3&&r[0]==="spaces"&&r[2]==="account"){const s=r[1];if(r.length===3)return{space:s,page:""};const o=r[3];return n.pages.includes(o)?{space:s,page:o,rest:r.slice(4)}:{space:s,page:r.length===4&&Vn.includes(o)?o:"not-found"}}if(r.length===1&&Wn.includes(r[0]))return{space:null,page:r[0]};const i=r.join("/");return i in n.mail?{space:null,page:n.mail[i]}:{space:null,page:"not-found"}}function U(t,n=""){return`/spaces/${encodeURIComponent(t)}/account/${n==="not-found"?"":n}`}function jt(t,n){return`/spaces/${encodeURIComponent(t)}/${n}/`}function Tt(t,n){return n&&t.includes(n)?[n,...t.filter(r=>r!==n)]:[...t]}function je(t){const n=new URLSearchParams(t).get("token");return n&&n.trim()?n.trim():null}async function et(t,n,r){let i={space:null,result:null};for(const s of t){const o=await n(s);if(r(o)!=="INVALID_TOKEN")return{space:s,result:o};i={space:null,result:o}}return i}function Qn(t){const n=t?.violations;return Array.isArray(n)?n.map(r=>r&&typeof r=="object"&&typeof r.message=="string"?r.message:"").filter(Boolean):[]}function C({children:t}){return e.jsx("h1",{id:"page-title",tabIndex:-1,children:t})}function P({error:t,id:n}){const{t:r}=b();if(!t)return e.jsx("div",{id:n});const i=Qn(t.graphQLErrors?.[0]?.extensions);return e.jsxs("div",{id:n,className:"error",role:"alert",children:[e.jsx("p",{children:Ct(t,r("error.network"))}),i.length>0&&e.jsx("ul",{children:i.map((s,o)=>e.jsx("li",{children:s},o))})]})}function R({children:t}){return e.jsx("p",{className:"done",role:"status",children:t})}function xe({id:t}){const{lang:n}=b(),[r]=M({query:En,context:c.useMemo(()=>({lang:n}),[n])});return e.jsx("p",{id:t,className:"hint",children:r.data?.passwordPolicy.description??""})}function I(t){const{t:n}=b();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label," ",e.jsx("span",{className:"req",children:n(t.optional?"field.optional":"field.required")})]}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,onChange:r=>t.set(r.target.value),autoComplete:t.autoComplete,"aria-describedby":t.describedBy,required:!t.optional})]})}function Ot({ctx:t}){const{t:n}=b();return e.jsx("ul",{className:"links",children:["profile","password","email"].map(r=>e.jsx("li",{children:e.jsx(D,{ctx:t,page:r,children:n(`menu.${r}`)})},r))})}function D({ctx:t,page:n,children:r}){return e.jsx("a",{href:U(t.space,n),onClick:i=>{i.preventDefault(),t.go(n)},children:r})}function O(){const[t,n]=c.useState(!1),[r,i]=c.useState(null);return{busy:t,error:r,setError:i,send:async o=>{n(!0),i(null);const a=await o();return n(!1),a.error?(i(a.error),null):a.data??null}}}function Me(){const{t}=b();return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:t("error.notFoundTitle")}),e.jsx("p",{children:t("error.notFound")})]})}const Jn=x(`
  query MemberTrainings($first: Int) {
    trainings(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          startsAt
          endsAt
          format
          language
          city
          seatsLeft
          trainer {
            displayName
          }
        }
      }
    }
  }
`),Kn=x(`
  mutation MemberRegisterForTraining($trainingId: ID!, $input: TrainingRegistrationInput!) {
    registerForTraining(trainingId: $trainingId, input: $input) {
      ok
    }
  }
`),Ft=x(`
  mutation MemberConfirmTrainingRegistration($token: String!) {
    confirmTrainingRegistration(token: $token) {
      ok
    }
  }
`),Xn=x(`
  query MemberCourse($locale: Locale) {
    resources(locale: $locale, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          html
          url
          filename
        }
      }
    }
    me {
      id
      trainingRegistrations(first: 20) {
        edges {
          node {
            training {
              id
              title
              startsAt
              endsAt
              format
              city
            }
            attended
            registeredAt
          }
        }
      }
    }
  }
`),Zn=x(`
  query MemberFacilitatorHome($locale: Locale) {
    opportunities(first: 10, locale: $locale) {
      edges {
        node {
          id
          title
          startsAt
          kind
          city
          format
          facilitators {
            id
            displayName
          }
          viewerApplication {
            id
            status
          }
        }
      }
    }
    me {
      id
      workshops(first: 20) {
        edges {
          node {
            id
            title
            startsAt
            status
            city
            format
            kind
          }
        }
      }
    }
  }
`),er=x(`
  mutation MemberApplyToWorkshop($id: ID!, $message: String) {
    applyToWorkshop(id: $id, message: $message) {
      application {
        id
        status
      }
    }
  }
`),tr=x(`
  mutation MemberWithdrawWorkshopApplication($id: ID!) {
    withdrawWorkshopApplication(id: $id) {
      application {
        id
        status
      }
    }
  }
`),nr=x(`
  query MemberMyWorkshops {
    me {
      id
      journey {
        workshopsRun
        participantsReached
      }
      workshops(first: 50) {
        totalCount
        edges {
          node {
            id
            title
            startsAt
            status
            city
            capacity
            kind
            format
            language
            participants
            seekingFacilitators
            facilitators {
              id
            }
            coFacilitators {
              id
              displayName
            }
            applications {
              id
              status
              message
              applicant {
                id
                displayName
                belt
              }
            }
          }
        }
      }
    }
  }
`),rr=x(`
  mutation MemberCreateWorkshop($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      workshop {
        id
        status
      }
    }
  }
`),ir=x(`
  mutation MemberUpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      workshop {
        id
        startsAt
        city
        capacity
        coFacilitators {
          id
          displayName
        }
      }
    }
  }
`),sr=x(`
  mutation MemberReportWorkshop($id: ID!, $participants: Int!) {
    reportWorkshop(id: $id, participants: $participants) {
      workshop {
        id
        status
        participants
      }
    }
  }
`),or=x(`
  mutation MemberCancelWorkshop($id: ID!) {
    cancelWorkshop(id: $id) {
      workshop {
        id
        status
      }
    }
  }
`),ar=x(`
  mutation MemberDecideWorkshopApplication($id: ID!, $accept: Boolean!) {
    decideWorkshopApplication(id: $id, accept: $accept) {
      application {
        id
        status
      }
      workshop {
        id
        coFacilitators {
          id
          displayName
        }
      }
    }
  }
`),cr=x(`
  query MemberMyJourney {
    me {
      id
      belt
      journey {
        belt
        nextBelt
        workshopsRun
        participantsReached
        requirements {
          code
          met
          progress
          target
        }
        coOptations {
          by {
            displayName
            belt
          }
          belt
          at
        }
      }
      workshops(first: 50) {
        totalCount
        edges {
          node {
            id
            title
            startsAt
            status
            participants
            city
          }
        }
      }
    }
  }
`),lr=["white","yellow","orange","green","blue"],xt=["WHITE","YELLOW","ORANGE","GREEN","BLUE"],ue=t=>t.includes("trainings"),he=t=>t.some(n=>n==="facilitator"||n==="trainer"||lr.includes(n)),ur=t=>t.includes("participant")||he(t);function mr(t){return t.map(n=>{const r=n.met?0:Math.max(0,n.target-n.progress),i=n.target<=0?100:Math.min(100,Math.round(Math.min(n.progress,n.target)*100/n.target));return{code:n.code,progress:n.progress,target:n.target,left:r,percent:n.met?100:i}})}function Lt(t){return t.split(/[\s,;]+/).map(n=>n.trim()).filter(Boolean)}function Dt(t){const n=[],r=cn(t.startsAt);r||n.push("startsAt");const i=Number(t.capacity.trim());if((!/^\d+$/.test(t.capacity.trim())||i<1)&&n.push("capacity"),n.length>0||!r)return{problems:n};const s={startsAt:r.toISOString(),format:t.format,language:t.language,capacity:i,kind:t.kind,coFacilitatorEmails:Lt(t.coFacilitators),seekingFacilitators:t.seeking};return t.title.trim()&&(s.title=t.title.trim()),t.city.trim()&&(s.city=t.city.trim()),{input:s}}function dr(t){const n=t.trim();return/^\d{1,5}$/.test(n)?Number(n):null}function $t(t,n){const r=n.getTime(),i=t.filter(o=>Date.parse(o.startsAt)>=r).sort((o,a)=>Date.parse(o.startsAt)-Date.parse(a.startsAt)),s=t.filter(o=>Date.parse(o.startsAt)<r).sort((o,a)=>Date.parse(a.startsAt)-Date.parse(o.startsAt));return{upcoming:i,past:s}}function V(t,n){return new Date(t).toLocaleString(n==="fr"?"fr-FR":"en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",hour:"2-digit",minute:"2-digit"})}function tt({id:t,label:n,optional:r}){const{t:i}=b();return e.jsxs("label",{htmlFor:t,children:[n," ",e.jsx("span",{className:"req",children:i(r?"facilitators.optional":"field.required")})]})}function pr({id:t,text:n}){return n?e.jsx("p",{id:t,className:"field-problem",role:"alert",children:n}):null}function B(t){const n=[t.hint?t.id+"-hint":"",t.problem?t.id+"-problem":""].filter(Boolean).join(" ")||void 0;return e.jsxs("div",{className:"field",children:[e.jsx(tt,{id:t.id,label:t.label,optional:t.optional}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,onChange:r=>t.set(r.target.value),autoComplete:t.autoComplete,inputMode:t.inputMode,required:!t.optional,"aria-invalid":t.problem?!0:void 0,"aria-describedby":n}),t.hint&&e.jsx("p",{id:t.id+"-hint",className:"hint",children:t.hint}),e.jsx(pr,{id:t.id+"-problem",text:t.problem??null})]})}function nt(t){return e.jsxs("div",{className:"field",children:[e.jsx(tt,{id:t.id,label:t.label,optional:t.optional}),e.jsx("textarea",{id:t.id,name:t.id,rows:t.rows??3,value:t.value,onChange:n=>t.set(n.target.value),required:!t.optional,"aria-describedby":t.hint?t.id+"-hint":void 0}),t.hint&&e.jsx("p",{id:t.id+"-hint",className:"hint",children:t.hint})]})}function Ge(t){const{t:n}=b();return e.jsxs("div",{className:"field",children:[e.jsx(tt,{id:t.id,label:t.label}),e.jsx("select",{id:t.id,name:t.id,value:t.value,onChange:r=>t.set(r.target.value),children:t.options.map(r=>e.jsx("option",{value:r,children:n(t.keyOf(r))},r))})]})}function gr(t){return e.jsxs("div",{className:"field check",children:[e.jsx("input",{id:t.id,name:t.id,type:"checkbox",checked:t.checked,onChange:n=>t.set(n.target.checked)}),e.jsx("label",{htmlFor:t.id,children:t.label})]})}function te({children:t}){const{t:n}=b();return e.jsx("p",{role:"status",children:t??n("state.loading")})}function hr({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Zn,variables:{locale:F(r)},requestPolicy:"network-only",context:c.useMemo(()=>({lang:r}),[r])}),s=(i.data?.me?.workshops.edges??[]).flatMap(l=>l?.node?[l.node]:[]).filter(l=>l.status==="SCHEDULED"),{upcoming:o}=$t(s,new Date),a=(i.data?.opportunities.edges??[]).flatMap(l=>l?.node?[l.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("facilitators.home.title")}),i.error?e.jsx(P,{error:i.error,id:"home-error"}):i.data?e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"home-mine",children:[e.jsx("h2",{id:"home-mine",children:n("facilitators.home.mine")}),o.length===0?e.jsx("p",{children:n("facilitators.home.noneMine")}):e.jsx("ul",{className:"cards my-sessions",children:o.map(l=>e.jsxs("li",{className:"card",children:[e.jsx("h3",{children:l.title}),e.jsxs("ul",{className:"facts",children:[e.jsx("li",{children:V(l.startsAt,r)}),e.jsx("li",{children:l.city?n("facilitators.where",{format:n(`facilitators.format.${l.format}`),city:l.city}):n(`facilitators.format.${l.format}`)}),e.jsx("li",{children:n(`facilitators.kind.${l.kind}`)})]})]},l.id))}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"counter",children:n("facilitators.home.create")})})]}),e.jsxs("section",{"aria-labelledby":"home-opportunities",children:[e.jsx("h2",{id:"home-opportunities",children:n("facilitators.home.opportunities")}),a.length===0?e.jsx("p",{children:n("facilitators.home.noOpportunity")}):e.jsx("ul",{className:"cards opportunities",children:a.map(l=>e.jsx(fr,{ctx:t,o:l},l.id))})]})]}):e.jsx(te,{})]})}function fr({ctx:t,o:n}){const{t:r,lang:i}=b(),[s,o]=c.useState(n.viewerApplication??null),a=!s||s.status==="WITHDRAWN",l=s?.status==="PENDING"||s?.status==="ACCEPTED",[u,m]=c.useState(""),[p,d]=c.useState(null),{busy:g,error:f,send:y}=O(),j=async q=>{q.preventDefault();const E=await y(()=>t.client.mutation(er,{id:n.id,message:u.trim()||null}).toPromise());E&&(o(E.applyToWorkshop.application),m(""),d("applied"))},w=async()=>{if(!s)return;const q=await y(()=>t.client.mutation(tr,{id:s.id}).toPromise());q&&(o(q.withdrawWorkshopApplication.application),d("withdrawn"))},N=n.facilitators[0]?.displayName,h=`opp-${n.id}`;return e.jsxs("li",{className:"card",children:[e.jsx("h3",{id:h,children:n.title}),e.jsxs("ul",{className:"facts",children:[e.jsx("li",{children:V(n.startsAt,i)}),e.jsx("li",{children:n.city?r("facilitators.where",{format:r(`facilitators.format.${n.format}`),city:n.city}):r(`facilitators.format.${n.format}`)}),e.jsx("li",{children:r(`facilitators.kind.${n.kind}`)}),N&&e.jsx("li",{children:r("facilitators.home.organiser",{name:N})})]}),p==="applied"&&e.jsx(R,{children:r("facilitators.home.applied")}),p==="withdrawn"&&e.jsx(R,{children:r("facilitators.home.withdrawn")}),s&&!p&&e.jsx("p",{className:"application-status",children:r("facilitators.home.yourOffer",{status:r(`facilitators.app.${s.status}`)})}),a?e.jsxs("form",{onSubmit:j,"aria-describedby":`opp-error-${n.id}`,className:"form",children:[e.jsx(nt,{id:`opp-message-${n.id}`,label:r("facilitators.home.message"),value:u,set:m,optional:!0}),e.jsx(P,{error:f,id:`opp-error-${n.id}`}),e.jsx("button",{type:"submit",className:"primary",disabled:g,children:r("facilitators.home.apply")})]}):e.jsxs(e.Fragment,{children:[l&&e.jsx("button",{type:"button",className:"secondary",onClick:w,disabled:g,children:r("facilitators.home.withdraw")}),e.jsx(P,{error:f,id:`opp-error-${n.id}`})]})]})}const yr=["IN_PERSON","ONLINE"],br=["PUBLIC","PRIVATE","PROFESSIONAL"],jr=["FR","EN"];function xr({ctx:t}){const{t:n,lang:r}=b(),[i,s]=M({query:nr,requestPolicy:"network-only",context:c.useMemo(()=>({lang:r}),[r])}),o=()=>s({requestPolicy:"network-only"}),a=i.data?.me,l=(a?.workshops.edges??[]).flatMap(u=>u?.node?[u.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("facilitators.counter.title")}),i.error?e.jsx(P,{error:i.error,id:"counter-error"}):a?e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"counter-summary",children:[e.jsx("h2",{id:"counter-summary",children:n("facilitators.counter.summary")}),e.jsxs("dl",{className:"counter",children:[e.jsxs("div",{children:[e.jsx("dt",{children:n("facilitators.counter.run")}),e.jsx("dd",{id:"workshops-run",children:a.journey?.workshopsRun??0})]}),e.jsxs("div",{children:[e.jsx("dt",{children:n("facilitators.counter.reached")}),e.jsx("dd",{id:"participants-reached",children:a.journey?.participantsReached??0})]})]})]}),e.jsx(vr,{ctx:t,created:o}),e.jsxs("section",{"aria-labelledby":"counter-mine",children:[e.jsx("h2",{id:"counter-mine",children:n("facilitators.counter.mine")}),l.length===0?e.jsx("p",{children:n("facilitators.counter.none")}):e.jsx("ul",{className:"cards my-workshops",children:l.map(u=>e.jsx(wr,{ctx:t,w:u,meId:a.id,changed:o},u.id))})]})]}):e.jsx(te,{})]})}function Ee(t,n,r){return n.includes(r)?t(`facilitators.problem.${r}`):null}function vr({ctx:t,created:n}){const{t:r,lang:i}=b(),s={title:"",startsAt:"",city:"",capacity:"12",kind:"PUBLIC",format:"IN_PERSON",language:F(i),coFacilitators:"",seeking:!1},[o,a]=c.useState(s),[l,u]=c.useState([]),[m,p]=c.useState(!1),{busy:d,error:g,send:f}=O(),y=w=>N=>a(h=>({...h,[w]:N})),j=async w=>{w.preventDefault(),p(!1);const N=Dt(o);if("problems"in N){u(N.problems),document.getElementById(N.problems[0]==="startsAt"?"ws-startsAt":"ws-capacity")?.focus();return}u([]),await f(()=>t.client.mutation(rr,{input:N.input}).toPromise())&&(a(s),p(!0),n())};return e.jsxs("section",{"aria-labelledby":"counter-create",children:[e.jsx("h2",{id:"counter-create",children:r("facilitators.counter.create")}),e.jsx("p",{className:"hint",children:r("facilitators.counter.createHint")}),e.jsxs("form",{onSubmit:j,"aria-describedby":"create-error",className:"form",noValidate:!0,children:[e.jsx(B,{id:"ws-title",label:r("facilitators.field.title"),value:o.title,set:y("title"),optional:!0}),e.jsx(B,{id:"ws-startsAt",label:r("facilitators.field.startsAt"),value:o.startsAt,set:y("startsAt"),problem:Ee(r,l,"startsAt")}),e.jsx(Ge,{id:"ws-format",label:r("facilitators.field.format"),value:o.format,set:y("format"),options:yr,keyOf:w=>`facilitators.format.${w}`}),e.jsx(Ge,{id:"ws-language",label:r("facilitators.field.language"),value:o.language,set:y("language"),options:jr,keyOf:w=>`facilitators.lang.${w}`}),e.jsx(Ge,{id:"ws-kind",label:r("facilitators.field.kind"),value:o.kind,set:y("kind"),options:br,keyOf:w=>`facilitators.kind.${w}`}),e.jsx(B,{id:"ws-city",label:r("facilitators.field.city"),value:o.city,set:y("city"),optional:!0}),e.jsx(B,{id:"ws-capacity",label:r("facilitators.field.capacity"),value:o.capacity,set:y("capacity"),inputMode:"numeric",problem:Ee(r,l,"capacity")}),e.jsx(nt,{id:"ws-co",label:r("facilitators.field.coFacilitators"),value:o.coFacilitators,set:y("coFacilitators"),optional:!0}),e.jsx(gr,{id:"ws-seeking",label:r("facilitators.field.seeking"),checked:o.seeking,set:y("seeking")}),e.jsx(P,{error:g,id:"create-error"}),m&&e.jsx(R,{children:r("facilitators.counter.created")}),e.jsx("button",{type:"submit",className:"primary",disabled:d,children:r("facilitators.counter.createSubmit")})]})]})}function wr({ctx:t,w:n,meId:r,changed:i}){const{t:s,lang:o}=b(),a=n.facilitators[0]?.id===r,l=Date.parse(n.startsAt)<=Date.now(),[u,m]=c.useState(!1),[p,d]=c.useState(!1),[g,f]=c.useState(!1);return e.jsxs("li",{className:"card workshop","data-workshop":n.id,children:[e.jsx("h3",{children:n.title}),e.jsxs("ul",{className:"facts",children:[e.jsx("li",{children:V(n.startsAt,o)}),n.city&&e.jsx("li",{children:n.city}),e.jsx("li",{className:"status",children:s(`facilitators.status.${n.status}`)}),n.status==="REPORTED"&&e.jsx("li",{children:s("facilitators.counter.participants",{n:n.participants??0})}),a&&e.jsx("li",{children:s("facilitators.counter.organiserYou")}),n.coFacilitators.length>0&&e.jsx("li",{className:"co",children:s("facilitators.counter.coWith",{names:n.coFacilitators.map(y=>y.displayName).join(", ")})})]}),a&&n.status==="SCHEDULED"&&e.jsxs(e.Fragment,{children:[e.jsx("button",{type:"button",className:"secondary","aria-expanded":u,"aria-controls":`edit-${n.id}`,onClick:()=>m(y=>!y),children:s("facilitators.counter.edit",{title:n.title})}),e.jsx("div",{id:`edit-${n.id}`,children:u&&e.jsx(Nr,{ctx:t,w:n,changed:i})}),e.jsx(Sr,{ctx:t,w:n,changed:()=>{f(!0),i()}})]}),g&&e.jsx(R,{children:s("facilitators.counter.cancelled")}),p&&e.jsx(R,{children:s("facilitators.counter.reported")}),n.status==="SCHEDULED"&&(l?e.jsx(kr,{ctx:t,w:n,changed:()=>{d(!0),i()}}):e.jsx("p",{className:"hint",children:s("facilitators.counter.notYet")})),a&&e.jsx(Cr,{ctx:t,w:n,changed:i})]})}function Nr({ctx:t,w:n,changed:r}){const{t:i}=b(),[s,o]=c.useState(ln(new Date(n.startsAt))),[a,l]=c.useState(n.city??""),[u,m]=c.useState(String(n.capacity)),[p,d]=c.useState(""),[g,f]=c.useState([]),[y,j]=c.useState(!1),{busy:w,error:N,send:h}=O(),q=async v=>{v.preventDefault(),j(!1);const S=Dt({title:"",startsAt:s,city:a,capacity:u,kind:"PUBLIC",format:"IN_PERSON",language:"FR",coFacilitators:p,seeking:!1});if("problems"in S){f(S.problems);return}f([]);const A={startsAt:S.input.startsAt,city:a.trim(),capacity:S.input.capacity},k=Lt(p);k.length>0&&(A.coFacilitatorEmails=k),await h(()=>t.client.mutation(ir,{id:n.id,input:A}).toPromise())&&(j(!0),r())},E=`edit-${n.id}-`;return e.jsxs("form",{onSubmit:q,"aria-describedby":E+"error",className:"form",noValidate:!0,children:[e.jsx(B,{id:E+"startsAt",label:i("facilitators.field.startsAt"),value:s,set:o,problem:Ee(i,g,"startsAt")}),e.jsx(B,{id:E+"city",label:i("facilitators.field.city"),value:a,set:l,optional:!0}),e.jsx(B,{id:E+"capacity",label:i("facilitators.field.capacity"),value:u,set:m,inputMode:"numeric",problem:Ee(i,g,"capacity")}),e.jsx(nt,{id:E+"co",label:i("facilitators.field.coFacilitators"),value:p,set:d,optional:!0,hint:i("facilitators.counter.coHint")}),e.jsx(P,{error:N,id:E+"error"}),y&&e.jsx(R,{children:i("facilitators.counter.edited")}),e.jsx("button",{type:"submit",className:"primary",disabled:w,children:i("facilitators.counter.editSubmit")})]})}function Sr({ctx:t,w:n,changed:r}){const{t:i}=b(),[s,o]=c.useState(!1),{busy:a,error:l,send:u}=O(),m=async()=>{await u(()=>t.client.mutation(or,{id:n.id}).toPromise())&&(o(!1),r())},p=`cancel-${n.id}-`;return e.jsx("div",{className:"cancel",children:s?e.jsxs("div",{role:"group","aria-labelledby":p+"question","aria-describedby":p+"error",children:[e.jsx("p",{id:p+"question",children:i("facilitators.counter.cancelConfirm")}),e.jsx(P,{error:l,id:p+"error"}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",className:"danger",disabled:a,onClick:m,children:i("facilitators.counter.cancelYes")}),e.jsx("button",{type:"button",className:"secondary",disabled:a,onClick:()=>o(!1),children:i("facilitators.counter.cancelNo")})]})]}):e.jsx("button",{type:"button",className:"secondary",onClick:()=>o(!0),children:i("facilitators.counter.cancel",{title:n.title})})})}function kr({ctx:t,w:n,changed:r}){const{t:i}=b(),[s,o]=c.useState(""),[a,l]=c.useState(!1),{busy:u,error:m,send:p}=O(),d=async f=>{f.preventDefault();const y=dr(s);l(y===null),!(y===null||!await p(()=>t.client.mutation(sr,{id:n.id,participants:y}).toPromise()))&&r()},g=`report-${n.id}-`;return e.jsxs("form",{onSubmit:d,"aria-describedby":g+"error",className:"form report",noValidate:!0,children:[e.jsx("h4",{children:i("facilitators.counter.report")}),e.jsx(B,{id:g+"participants",label:i("facilitators.field.participants"),value:s,set:o,inputMode:"numeric",problem:a?i("facilitators.problem.participants"):null}),e.jsx(P,{error:m,id:g+"error"}),e.jsx("button",{type:"submit",className:"primary",disabled:u,children:i("facilitators.counter.reportSubmit")})]})}function Cr({ctx:t,w:n,changed:r}){const{t:i}=b(),[s,o]=c.useState(null),{busy:a,error:l,send:u}=O(),m=async(p,d,g)=>{await u(()=>t.client.mutation(ar,{id:p,accept:g}).toPromise())&&(o(d),r())};return n.applications.length===0&&!s?null:e.jsxs("div",{className:"applications",children:[e.jsx("h4",{children:i("facilitators.counter.applications")}),s&&e.jsx(R,{children:i("facilitators.counter.decided",{name:s})}),e.jsx(P,{error:l,id:`apps-error-${n.id}`}),e.jsx("ul",{children:n.applications.map(p=>{const d=p.applicant.displayName;return e.jsxs("li",{className:"application","data-application":p.id,children:[e.jsxs("p",{children:[e.jsx("strong",{children:i("facilitators.counter.applicant",{name:d,belt:p.applicant.belt?i(`facilitators.belt.${p.applicant.belt}`):"—"})})," — ",i(`facilitators.app.${p.status}`)]}),p.message&&e.jsx("blockquote",{children:p.message}),p.status==="PENDING"&&e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",className:"primary",disabled:a,onClick:()=>m(p.id,d,!0),children:i("facilitators.counter.accept",{name:d})}),e.jsx("button",{type:"button",className:"secondary",disabled:a,onClick:()=>m(p.id,d,!1),children:i("facilitators.counter.decline",{name:d})})]})]},p.id)})})]})}function Pr({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:cr,requestPolicy:"network-only",context:c.useMemo(()=>({lang:r}),[r])}),s=i.data?.me,o=d=>n(`facilitators.belt.${d}`),a=s?.journey,l=(s?.workshops.edges??[]).flatMap(d=>d?.node?[d.node]:[]),{past:u}=$t(l,new Date),m=a?.nextBelt??null,p=m?xt.indexOf(m):-1;return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("facilitators.journey.title")}),i.error?e.jsx(P,{error:i.error,id:"journey-error"}):s?e.jsxs(e.Fragment,{children:[a?.belt?e.jsxs("section",{"aria-labelledby":"journey-belt",children:[e.jsx("h2",{id:"journey-belt",className:`belt belt-${a.belt.toLowerCase()}`,children:n("facilitators.journey.belt",{belt:o(a.belt)})}),e.jsx("p",{children:n("facilitators.journey.counter",{run:a.workshopsRun,reached:a.participantsReached})}),m?e.jsxs(e.Fragment,{children:[e.jsx("h3",{id:"journey-next",children:n("facilitators.journey.next",{belt:o(m)})}),e.jsx("ul",{className:"requirements","aria-labelledby":"journey-next",children:mr(a.requirements).map(d=>{const g=d.code==="CO_OPTATIONS"?n("facilitators.journey.req.CO_OPTATIONS",{progress:d.progress,target:d.target,belt:o(xt[Math.max(p,0)])}):n("facilitators.journey.req.WORKSHOPS",{progress:d.progress,target:d.target}),f=`req-${d.code}`;return e.jsxs("li",{"data-requirement":d.code,children:[e.jsx("span",{id:f,children:g})," ",e.jsx("progress",{max:d.target,value:Math.min(d.progress,d.target),"aria-labelledby":f})," ",e.jsx("span",{className:"left",children:d.left===0?n("facilitators.journey.met"):n(d.code==="CO_OPTATIONS"?"facilitators.journey.left.CO_OPTATIONS":"facilitators.journey.left.WORKSHOPS",{n:d.left})})]},d.code)})})]}):e.jsx("p",{children:n("facilitators.journey.top")}),a.coOptations.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{children:n("facilitators.journey.coOptations")}),e.jsx("ul",{children:a.coOptations.map((d,g)=>e.jsx("li",{children:n("facilitators.journey.coOptation",{name:d.by.displayName,by:d.by.belt?o(d.by.belt):"—",belt:o(d.belt),date:V(d.at,r)})},g))})]})]}):e.jsx("p",{children:n("facilitators.journey.noBelt")}),e.jsxs("section",{"aria-labelledby":"journey-past",children:[e.jsx("h2",{id:"journey-past",children:n("facilitators.journey.past")}),u.length===0?e.jsx("p",{children:n("facilitators.journey.noPast")}):e.jsx("ul",{className:"past-sessions",children:u.map(d=>e.jsxs("li",{children:[d.title," — ",V(d.startsAt,r),d.city?` — ${d.city}`:""," — ",n(`facilitators.status.${d.status}`),d.status==="REPORTED"?` (${n("facilitators.counter.participants",{n:d.participants??0})})`:""]},d.id))})]}),e.jsxs("section",{"aria-labelledby":"journey-settings",children:[e.jsx("h2",{id:"journey-settings",children:n("facilitators.journey.settings")}),e.jsx(Ot,{ctx:t})]})]}):e.jsx(te,{})]})}function Er({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Xn,variables:{locale:F(r)},requestPolicy:"network-only",context:c.useMemo(()=>({lang:r}),[r])}),s=(i.data?.me?.trainingRegistrations.edges??[]).map(a=>a.node),o=(i.data?.resources.edges??[]).flatMap(a=>a?.node?[a.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("facilitators.course.title")}),i.error?e.jsx(P,{error:i.error,id:"course-error"}):i.data?e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"course-regs",children:[e.jsx("h2",{id:"course-regs",children:n("facilitators.course.registrations")}),s.length===0?e.jsx("p",{children:n("facilitators.course.noRegistration")}):e.jsx("ul",{className:"cards registrations",children:s.map(a=>e.jsxs("li",{className:"card",children:[e.jsx("h3",{children:a.training.title}),e.jsxs("ul",{className:"facts",children:[e.jsx("li",{children:n("facilitators.trainings.dates",{start:V(a.training.startsAt,r),end:V(a.training.endsAt,r)})}),e.jsx("li",{children:a.training.city?n("facilitators.where",{format:n(`facilitators.format.${a.training.format}`),city:a.training.city}):n(`facilitators.format.${a.training.format}`)}),e.jsx("li",{children:n("facilitators.course.registeredAt",{date:V(a.registeredAt,r)})}),e.jsx("li",{className:a.attended?"badge ok":"badge",children:n(a.attended?"facilitators.course.attended":"facilitators.course.notYet")})]})]},a.training.id))})]}),e.jsxs("section",{"aria-labelledby":"course-resources",children:[e.jsx("h2",{id:"course-resources",children:n("facilitators.course.resources")}),o.length===0?e.jsx("p",{children:n("facilitators.course.noResource")}):e.jsx("ul",{className:"cards resources",children:o.map(a=>e.jsxs("li",{className:"card",children:[e.jsx("h3",{children:a.title}),a.html&&e.jsx("div",{className:"resource-text",dangerouslySetInnerHTML:{__html:a.html}}),e.jsx("p",{children:a.filename?e.jsx("a",{href:a.url,download:a.filename,children:n("facilitators.course.download",{title:a.title})}):e.jsx("a",{href:a.url,rel:"noopener",children:n("facilitators.course.open",{title:a.title})})})]},a.id))})]}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"trainings",children:n("facilitators.course.more")})})]}):e.jsx(te,{})]})}function Ar({ctx:t,rest:n,search:r}){const{lang:i}=b(),[s]=M({query:Ze,variables:{locale:F(i)}}),o=new URLSearchParams(r);return o.get("done")||o.get("token")?e.jsx(Ir,{ctx:t,search:r}):s.data&&!ue(s.data.space.modules)?e.jsx(Me,{}):n.length>0?e.jsx(qr,{ctx:t,id:n[0]}):e.jsx(Mr,{ctx:t})}function zt(){const[t]=M({query:Jn,variables:{first:50},requestPolicy:"cache-and-network"});return t}function Bt({tr:t}){const{t:n,lang:r}=b();return e.jsxs("ul",{className:"facts",children:[e.jsx("li",{children:n("facilitators.trainings.dates",{start:V(t.startsAt,r),end:V(t.endsAt,r)})}),e.jsx("li",{children:t.city?n("facilitators.where",{format:n(`facilitators.format.${t.format}`),city:t.city}):n(`facilitators.format.${t.format}`)}),e.jsx("li",{children:n(`facilitators.lang.${t.language}`)}),e.jsx("li",{children:n("facilitators.trainings.by",{name:t.trainer.displayName})}),e.jsx("li",{children:t.seatsLeft>0?n("facilitators.trainings.seats",{n:t.seatsLeft}):n("facilitators.trainings.full")})]})}function Mr({ctx:t}){const{t:n}=b(),r=zt(),i=(r.data?.trainings.edges??[]).flatMap(s=>s?.node?[s.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("facilitators.trainings.title")}),e.jsx("p",{children:n("facilitators.trainings.intro")}),r.error?e.jsx(P,{error:r.error,id:"trainings-error"}):r.data?i.length===0?e.jsx("p",{children:n("facilitators.trainings.none")}):e.jsx("ul",{className:"cards",children:i.map(s=>e.jsxs("li",{className:"card",children:[e.jsx("h2",{children:e.jsx(D,{ctx:t,page:`trainings/${s.id}`,children:s.title})}),e.jsx(Bt,{tr:s})]},s.id))}):e.jsx(te,{})]})}function qr({ctx:t,id:n}){const{t:r,lang:i}=b(),s=zt(),[o]=M({query:Xe,pause:!t.token}),a=(s.data?.trainings.edges??[]).flatMap(S=>S?.node?[S.node]:[]).find(S=>S.id===n),[l,u]=c.useState(""),[m,p]=c.useState(""),[d,g]=c.useState(""),[f,y]=c.useState(""),[j,w]=c.useState(null),{busy:N,error:h,send:q}=O(),E=t.token?o.data?.me:null,v=async S=>{S.preventDefault();const A=E?{email:E.email,firstName:E.firstName,lastName:E.lastName,locale:F(i)}:{email:l,firstName:m,lastName:d,locale:F(i),...f?{password:f}:{}};await q(()=>t.client.mutation(Kn,{trainingId:n,input:A}).toPromise())&&(oe(localStorage,t.space),y(""),w(E?"signedIn":"mail"))};return s.error?e.jsx(P,{error:s.error,id:"training-error"}):s.data?a?e.jsxs(e.Fragment,{children:[e.jsx(C,{children:a.title}),e.jsx(Bt,{tr:a}),e.jsx("h2",{children:r("facilitators.signup.title")}),j==="signedIn"?e.jsxs(e.Fragment,{children:[e.jsx(R,{children:r("facilitators.signup.doneSignedIn")}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"course",children:r("facilitators.signup.course")})})]}):j==="mail"?e.jsx(R,{children:r("facilitators.signup.doneMail",{email:l})}):t.token&&!E?e.jsx(te,{}):e.jsxs("form",{onSubmit:v,"aria-describedby":"signup-training-error",className:"form",children:[E?e.jsx("p",{children:r("facilitators.signup.signedIn")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{children:r("facilitators.signup.anonymous")}),e.jsx(B,{id:"firstName",label:r("field.firstName"),autoComplete:"given-name",value:m,set:p}),e.jsx(B,{id:"lastName",label:r("field.lastName"),autoComplete:"family-name",value:d,set:g}),e.jsx(B,{id:"email",label:r("field.email"),type:"email",autoComplete:"email",value:l,set:u}),e.jsx(B,{id:"password",label:r("facilitators.signup.password"),type:"password",autoComplete:"new-password",value:f,set:y,optional:!0,hint:r("facilitators.signup.haveAccount")})]}),e.jsx(P,{error:h,id:"signup-training-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:N||a.seatsLeft<=0,children:r("facilitators.signup.submit")})]}),!t.token&&!j&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:"sign-in",children:r("link.signIn")})}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"trainings",children:r("facilitators.trainings.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("facilitators.trainings.title")}),e.jsx("p",{children:r("facilitators.trainings.gone")}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"trainings",children:r("facilitators.trainings.back")})})]}):e.jsx(te,{})}function Ir({ctx:t,search:n}){const{t:r}=b(),[i,s]=c.useState(!1),[o,a]=c.useState(null),[l,u]=c.useState(null),m=c.useRef(!1),p=c.useMemo(()=>new URLSearchParams(n),[n]);return c.useEffect(()=>{if(m.current)return;if(m.current=!0,p.get("done")){const g=JSON.parse(sessionStorage.getItem("guichet.member.result")??"null");sessionStorage.removeItem("guichet.member.result");const f=g?.data;g?.message?a(g.message):f?.confirmTrainingRegistration?.ok?s(!0):a(r("error.noToken"));return}const d=je(n);d&&(async()=>{const g=await t.client.mutation(Ft,{token:d}).toPromise();g.error?u(g.error):s(!0)})()},[]),e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("facilitators.confirm.title")}),o?e.jsx("p",{className:"error",role:"alert",children:o}):l?e.jsx(P,{error:l,id:"confirm-error"}):i?e.jsx(R,{children:r("facilitators.confirm.done")}):e.jsx(te,{children:r("activate.working")}),i&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:t.token?"course":"sign-in",children:r(t.token?"facilitators.signup.course":"link.signIn")})})]})}const Rr=[{page:"sessions",menu:{label:"facilitators.menu.sessions",show:t=>ue(t.modules)&&he(t.roles)},render:({ctx:t})=>e.jsx(hr,{ctx:t})},{page:"counter",menu:{label:"facilitators.menu.counter",show:t=>ue(t.modules)&&he(t.roles)},render:({ctx:t})=>e.jsx(xr,{ctx:t})},{page:"journey",menu:{label:"facilitators.menu.journey",show:t=>ue(t.modules)&&he(t.roles)},render:({ctx:t})=>e.jsx(Pr,{ctx:t})},{page:"course",menu:{label:"facilitators.menu.course",show:t=>ue(t.modules)&&ur(t.roles)},render:({ctx:t})=>e.jsx(Er,{ctx:t})},{page:"trainings",public:!0,menu:{label:"facilitators.menu.trainings",show:t=>ue(t.modules)&&!he(t.roles)},mail:{path:"trainings/confirm",title:"facilitators.confirm.title",run:(t,n)=>t.mutation(Ft,{token:n}).toPromise()},render:({ctx:t,rest:n,search:r})=>e.jsx(Ar,{ctx:t,rest:n,search:r})}],Tr=x(`
  query MemberNewsList($first: Int, $after: String, $locale: Locale) {
    news(first: $first, after: $after, locale: $locale) {
      totalCount
      edges {
        node {
          id
          slug
          title
          summary
          publishedAt
          locale
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),Or=x(`
  query MemberNewsPost($slug: String!, $locale: Locale) {
    newsPost(slug: $slug, locale: $locale) {
      id
      slug
      title
      summary
      html
      publishedAt
      locale
    }
  }
`),Fr=x(`
  query MemberLocalGroups($locale: Locale) {
    localGroups(first: 50, locale: $locale) {
      totalCount
      edges {
        node {
          id
          name
          city
          region
          memberCount
          viewerIsMember
        }
      }
    }
  }
`),Lr=x(`
  query MemberLocalGroup($id: ID!, $locale: Locale) {
    localGroup(id: $id, locale: $locale) {
      id
      name
      description
      city
      region
      memberCount
      viewerIsMember
      coordinators {
        id
        displayName
      }
      members(first: 50) {
        totalCount
        edges {
          node {
            id
            displayName
            belt
          }
        }
      }
      upcomingWorkshops(first: 10) {
        edges {
          node {
            id
            title
            startsAt
            city
            kind
          }
        }
      }
    }
  }
`),Dr=x(`
  mutation MemberJoinLocalGroup($id: ID!) {
    joinLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),$r=x(`
  mutation MemberLeaveLocalGroup($id: ID!) {
    leaveLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),zr=x(`
  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {
    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {
      totalCount
      entries {
        id
        displayName
        belt
        city
        languages
        bio
        contactEmail
        workshopsRun
      }
    }
  }
`),Br=x(`
  query MemberDirectoryProfile {
    me {
      id
      directoryProfile {
        listed
        city
        languages
        bioFr
        bioEn
        showEmail
      }
    }
  }
`),Ur=x(`
  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {
    updateDirectoryProfile(input: $input) {
      listed
      city
      languages
      bioFr
      bioEn
      showEmail
    }
  }
`),Gr=x(`
  query MemberCommunityIndicators {
    communityIndicators {
      facilitators
      byBelt {
        belt
        count
      }
      workshopsReported
      participantsReached
    }
  }
`),Hr=x(`
  query MemberToolbox($locale: Locale) {
    resources(locale: $locale, first: 50) {
      totalCount
      edges {
        node {
          id
          locale
          title
          html
          url
          filename
          contentType
          size
          category {
            slug
            title
          }
        }
      }
    }
    categories(locale: $locale) {
      id
      slug
      title
      description
      guides(first: 20) {
        edges {
          node {
            id
            slug
            title
            summary
          }
        }
      }
    }
  }
`),Vr=x(`
  query MemberPros($locale: Locale) {
    opportunities(first: 50, locale: $locale) {
      edges {
        node {
          id
          title
          startsAt
          kind
          city
          format
          language
        }
      }
    }
    me {
      id
      belt
    }
  }
`),Yr=x(`
  mutation MemberApplyToWorkshop($id: ID!, $message: String) {
    applyToWorkshop(id: $id, message: $message) {
      application {
        id
        status
      }
    }
  }
`),Wr=x(`
  query MemberPeers {
    me {
      id
      belt
      nextBeltRequest {
        id
        belt
        status
        required
        createdAt
        coOptations {
          by {
            displayName
          }
        }
      }
      journey {
        belt
        nextBelt
        workshopsRun
        requirements {
          code
          met
          progress
          target
        }
        coOptations {
          by {
            displayName
            belt
          }
          belt
          at
          comment
        }
      }
    }
    mayCoOpt: can(permission: "belts:coopt")
    mayAsk: can(permission: "belts:request")
  }
`),_r=x(`
  query MemberBeltRequests($first: Int) {
    beltValidationRequests(first: $first) {
      totalCount
      edges {
        node {
          id
          belt
          status
          required
          candidate {
            id
            displayName
            belt
            workshopsRun
          }
          coOptations {
            by {
              displayName
            }
          }
        }
      }
    }
  }
`),Qr=x(`
  mutation MemberRequestBeltValidation {
    requestBeltValidation {
      request {
        id
        belt
        status
      }
    }
  }
`),Jr=x(`
  mutation MemberCoOpt($requestId: ID!, $comment: String) {
    coOpt(requestId: $requestId, comment: $comment) {
      request {
        id
        status
      }
      candidate {
        id
        belt
      }
    }
  }
`),Kr=x(`
  query MemberHelp($locale: Locale) {
    categories(locale: $locale) {
      id
      slug
      title
      description
      guides(first: 20) {
        totalCount
        edges {
          node {
            id
            slug
            title
            summary
            audience
          }
        }
      }
    }
  }
`),Xr=x(`
  query MemberHelpGuide($slug: String!, $locale: Locale) {
    guide(slug: $slug, locale: $locale) {
      id
      slug
      locale
      title
      summary
      html
      audience
      category {
        slug
        title
      }
      attachments {
        filename
        contentType
        size
        url
      }
    }
  }
`),Zr=x(`
  query MemberFaqs($locale: Locale, $first: Int, $after: String) {
    faqs(locale: $locale, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          question
          html
          audience
          category {
            slug
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),ei=x(`
  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {
    search(query: $query, locale: $locale, first: $first) {
      totalCount
      edges {
        snippet
        node {
          __typename
          ... on Guide {
            id
            slug
            title
          }
          ... on Faq {
            id
            question
          }
          ... on Resource {
            id
            title
            url
          }
          ... on News {
            id
            slug
            title
          }
        }
      }
    }
  }
`),ti=x(`
  mutation MemberContactSupport($input: SupportRequestInput!) {
    contactSupport(input: $input) {
      id
    }
  }
`),ni=x(`
  query MemberContactMe {
    me {
      id
      email
      displayName
    }
  }
`),Ut=["WHITE","YELLOW","ORANGE","GREEN","BLUE"],ri=["facilitator","white","yellow","orange","green","blue"];function ge(t){return t.modules.includes("trainings")&&t.roles.some(n=>ri.includes(n.toLowerCase()))}const ii=10,si=200;function oi(t,n=0){const r={first:ii,offset:n},i=t.search.trim().replace(/\s+/g," "),s=t.city.trim();return i&&(r.search=i),s&&(r.city=s),Ut.includes(t.belt)&&(r.belt=t.belt),r}function ai(t,n){return t<n&&t<si}function ci(t){const n=t.find(r=>r.code==="CO_OPTATIONS");return n?{have:n.progress,need:n.target,left:Math.max(0,n.target-n.progress)}:null}const Je=600;function vt(t,n=Je){return n-[...t].length}function Gt(t,n){if(t==null||t<0)return"";const r=n==="fr"?["o","ko","Mo"]:["B","kB","MB"];if(t<1e3)return`${t} ${r[0]}`;const[i,s]=t<1e6?[t/1e3,r[1]]:[t/1e6,r[2]],o=i.toFixed(i<10?1:0);return`${n==="fr"?o.replace(".",","):o} ${s}`}function me(t,n,r=!1){const i=new Date(t);return Number.isNaN(i.getTime())?"":i.toLocaleString(n==="fr"?"fr-FR":"en-GB",{day:"numeric",month:"long",year:"numeric",...r?{hour:"2-digit",minute:"2-digit"}:{}})}function Ht(t,n,r){return t.length===0?r:n.includes(t[0])?t[0]:null}function J(t){return(t??[]).flatMap(n=>n?.node?[n.node]:[])}function li(t,n){let r;try{r=new URL(t,n)}catch{return{href:t,ours:!1}}return/^\/spaces\/[^/]+\/(files|documents)\//.test(r.pathname)?{href:r.pathname+r.search,ours:!0}:{href:r.href,ours:!1}}function Vt({ctx:t,label:n,current:r,items:i}){const{t:s}=b();return e.jsx("nav",{"aria-label":n,className:"subnav",children:e.jsx("ul",{children:i.map(([o,a])=>e.jsx("li",{children:e.jsx("a",{href:U(t.space,o),"aria-current":o===r?"page":void 0,onClick:l=>{l.preventDefault(),t.go(o)},children:s(a)})},o))})})}function Y({ctx:t,to:n,children:r}){return e.jsx("a",{href:U(t.space,n),onClick:i=>{i.preventDefault(),t.go(n)},children:r})}function z({error:t,id:n}){const{t:r}=b();return t?e.jsx(P,{error:t,id:n}):e.jsx("p",{role:"status",children:r("state.loading")})}function ve(){const{t}=b();return n=>t(n?"community.belt."+n:"community.belt.none")}function ui(){const{t}=b();return n=>n.map(r=>t("community.lang."+r)).join(", ")}function Ke(t){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:t.id,children:t.label}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,autoComplete:t.autoComplete,"aria-describedby":t.describedBy,onChange:n=>t.set(n.target.value)})]})}function ye(t){const{t:n}=b();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label,t.required&&e.jsxs("span",{className:"req",children:[" ",n("field.required")]})]}),e.jsx("textarea",{id:t.id,name:t.id,value:t.value,rows:t.rows??4,maxLength:t.maxLength,required:t.required,"aria-describedby":t.describedBy,onChange:r=>t.set(r.target.value)})]})}function qe({html:t,className:n}){return e.jsx("div",{className:n??"prose",dangerouslySetInnerHTML:{__html:t}})}function rt(t){c.useEffect(()=>{t&&document.getElementById("page-title")?.focus()},[t])}function Ie({ctx:t,url:n,filename:r,children:i,className:s}){const{t:o,lang:a}=b(),{href:l,ours:u}=li(n,location.origin),[m,p]=c.useState(!1),d=async g=>{if(!(!u||!t.token)){g.preventDefault(),p(!1);try{const f=await fetch(l,{headers:{Authorization:"Bearer "+t.token,"Accept-Language":a}});if(!f.ok)throw new Error(String(f.status));const y=URL.createObjectURL(await f.blob()),j=document.createElement("a");j.href=y,j.download=r??l.split("/").pop()??"file",document.body.appendChild(j),j.click(),j.remove(),setTimeout(()=>URL.revokeObjectURL(y),6e4)}catch{p(!0)}}};return e.jsxs(e.Fragment,{children:[e.jsx("a",{href:l,className:s,download:u?r??"":void 0,onClick:d,children:i}),m&&e.jsxs("span",{className:"error",role:"alert",children:[" ",o("community.toolbox.failed")]})]})}const mi=[["community","community.nav.news"],["community/groups","community.nav.groups"],["community/directory","community.nav.directory"],["community/profile","community.nav.profile"],["community/indicators","community.nav.indicators"]];function di({ctx:t,rest:n}){const{t:r}=b(),i=Ht(n,["news","groups","directory","profile","indicators"],"news");if(!i)return e.jsx(Me,{});const s=i==="news"?"community":"community/"+i;let o;switch(i){case"news":o=n[1]?e.jsx(gi,{slug:n[1],ctx:t}):e.jsx(pi,{ctx:t});break;case"groups":o=n[1]?e.jsx(fi,{id:n[1],ctx:t}):e.jsx(hi,{ctx:t});break;case"directory":o=e.jsx(yi,{});break;case"profile":o=e.jsx(bi,{ctx:t});break;case"indicators":o=e.jsx(xi,{});break}return e.jsxs(e.Fragment,{children:[e.jsx(Vt,{ctx:t,label:r("community.nav"),current:s,items:mi}),o]})}function pi({ctx:t}){const{t:n,lang:r}=b(),[i,s]=c.useState(null),o=F(r),[a]=M({query:Tr,variables:{first:10,after:i,locale:o}}),[l,u]=c.useState([]);c.useEffect(()=>{u([]),s(null)},[o]);const m=a.data?.news.edges??[],p=[...l,...J(m).filter(d=>!l.some(g=>g.id===d.id))];return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.news.title")}),a.data?e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n("community.news.count",{n:a.data.news.totalCount})}),p.length===0&&e.jsx("p",{children:n("community.empty")}),e.jsx("ul",{className:"cards","aria-label":n("community.news.title"),children:p.map(d=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(Y,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})}),e.jsx("p",{className:"meta",children:n("community.news.published",{date:me(d.publishedAt,r)})}),e.jsx("p",{children:d.summary})]},d.id))}),a.data.news.pageInfo.hasNextPage&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{u(p),s(a.data.news.pageInfo.endCursor??null)},children:n("community.more")})]}):e.jsx(z,{error:a.error,id:"news-error"})]})}function gi({ctx:t,slug:n}){const{t:r,lang:i}=b(),[s]=M({query:Or,variables:{slug:n,locale:F(i)}});if(rt(!!s.data),!s.data)return e.jsx(z,{error:s.error,id:"news-error"});const o=s.data.newsPost;return o?e.jsxs("article",{lang:o.locale.toLowerCase(),children:[e.jsx(C,{children:o.title}),e.jsx("p",{className:"meta",children:r("community.news.published",{date:me(o.publishedAt,i)})}),e.jsx(qe,{html:o.html}),e.jsx("p",{children:e.jsx(Y,{ctx:t,to:"community",children:r("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("error.notFoundTitle")}),e.jsx("p",{children:r("community.news.notFound")})]})}function hi({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Fr,variables:{locale:F(r)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.groups.title")}),e.jsx("p",{children:n("community.groups.intro")}),i.data?J(i.data.localGroups.edges).length===0?e.jsx("p",{children:n("community.empty")}):e.jsx("ul",{className:"cards","aria-label":n("community.groups.title"),children:J(i.data.localGroups.edges).map(s=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(Y,{ctx:t,to:"community/groups/"+encodeURIComponent(s.id),children:s.name})}),e.jsxs("p",{className:"meta",children:[[s.city,s.region].filter(Boolean).join(", ")," · ",n("community.groups.members",{n:s.memberCount}),s.viewerIsMember&&e.jsxs(e.Fragment,{children:[" · ",e.jsx("strong",{children:n("community.groups.youAreMember")})]})]})]},s.id))}):e.jsx(z,{error:i.error,id:"groups-error"})]})}function fi({ctx:t,id:n}){const{t:r,lang:i}=b(),s=ve(),[o,a]=M({query:Lr,variables:{id:n,locale:F(i)},requestPolicy:"cache-and-network"}),{busy:l,error:u,send:m}=O(),[p,d]=c.useState(null);if(rt(!!o.data),!o.data)return e.jsx(z,{error:o.error,id:"group-error"});const g=o.data.localGroup;if(!g)return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("error.notFoundTitle")}),e.jsx("p",{children:r("community.group.notFound")})]});const f=async()=>{d(null);const y=!g.viewerIsMember;await m(()=>y?t.client.mutation(Dr,{id:g.id}).toPromise():t.client.mutation($r,{id:g.id}).toPromise())&&(d(r(y?"community.group.joined":"community.group.left",{name:g.name})),a({requestPolicy:"network-only"}))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:g.name}),e.jsxs("p",{className:"meta",children:[[g.city,g.region].filter(Boolean).join(", ")," · ",r("community.groups.members",{n:g.memberCount})]}),g.description&&e.jsx("p",{children:g.description}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:l,onClick:f,"aria-describedby":"group-error",children:r(g.viewerIsMember?"community.group.leave":"community.group.join")})}),e.jsx(P,{error:u,id:"group-error"}),p&&e.jsx(R,{children:p}),e.jsx("h2",{children:r("community.group.coordinators")}),g.coordinators.length===0?e.jsx("p",{children:r("community.group.noCoordinator")}):e.jsx("p",{children:g.coordinators.map(y=>y.displayName).join(", ")}),e.jsx("h2",{id:"group-members",children:r("community.group.membersTitle",{n:g.members.totalCount})}),e.jsx("ul",{className:"people","aria-labelledby":"group-members",children:J(g.members.edges).map(y=>e.jsxs("li",{children:[y.displayName," ",e.jsxs("span",{className:"meta",children:["(",r("community.belt.label",{belt:s(y.belt)}),")"]})]},y.id))}),e.jsx("h2",{id:"group-workshops",children:r("community.group.workshops",{city:g.city})}),(g.upcomingWorkshops.edges??[]).length===0?e.jsx("p",{children:r("community.group.noWorkshop")}):e.jsx("ul",{"aria-labelledby":"group-workshops",children:(g.upcomingWorkshops.edges??[]).map(y=>y?.node?e.jsxs("li",{children:[me(y.node.startsAt,i,!0)," — ",y.node.title,y.node.city?` (${y.node.city})`:""]},y.node.id):null)}),e.jsx("p",{children:e.jsx(Y,{ctx:t,to:"community/groups",children:r("community.back")})})]})}function yi(){const{t,lang:n}=b(),r=ve(),i=ui(),[s,o]=c.useState({search:"",city:"",belt:""}),[a,l]=c.useState(null),[u,m]=c.useState([]),[p,d]=c.useState(null),{busy:g,error:f,send:y}=O(),j=un(),w=async(h,q)=>{const E=await y(()=>j.query(zr,oi(h,q),{requestPolicy:"network-only"}).toPromise());E&&(l(h),d(E.facilitatorDirectory.totalCount),m(v=>q===0?E.facilitatorDirectory.entries:[...v,...E.facilitatorDirectory.entries]))};c.useEffect(()=>{w(a??s,0)},[n]);const N=h=>{h.preventDefault(),w(s,0)};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:t("community.directory.title")}),e.jsx("p",{children:t("community.directory.intro")}),e.jsxs("form",{role:"search",className:"form searchform",onSubmit:N,"aria-describedby":"directory-error",children:[e.jsx(Ke,{id:"dir-search",label:t("community.directory.search"),value:s.search,set:h=>o({...s,search:h})}),e.jsx(Ke,{id:"dir-city",label:t("community.directory.city"),value:s.city,set:h=>o({...s,city:h})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"dir-belt",children:t("community.directory.belt")}),e.jsxs("select",{id:"dir-belt",value:s.belt,onChange:h=>o({...s,belt:h.target.value}),children:[e.jsx("option",{value:"",children:t("community.directory.anyBelt")}),Ut.map(h=>e.jsx("option",{value:h,children:r(h)},h))]})]}),e.jsx("button",{type:"submit",className:"primary",disabled:g,children:t("community.directory.submit")})]}),e.jsx(P,{error:f,id:"directory-error"}),e.jsx("div",{"aria-live":"polite",id:"directory-count",children:p!==null&&e.jsx("p",{children:p===0?t("community.directory.none"):t("community.directory.count",{n:p})})}),e.jsx("ul",{className:"cards",id:"directory-results","aria-label":t("community.directory.title"),children:u.map(h=>e.jsxs("li",{className:"entry",children:[e.jsx("h2",{children:h.displayName}),e.jsxs("p",{className:"meta",children:[t("community.belt.label",{belt:r(h.belt)})," · ",t("community.directory.workshops",{n:h.workshopsRun}),h.city?` · ${h.city}`:""]}),h.languages.length>0&&e.jsx("p",{children:t("community.directory.languages",{langs:i(h.languages)})}),h.bio&&e.jsx("p",{className:"bio",children:h.bio}),h.contactEmail&&e.jsx("p",{children:e.jsx("a",{href:"mailto:"+h.contactEmail,children:t("community.directory.contact",{email:h.contactEmail})})})]},h.id))}),p!==null&&u.length>0&&e.jsx("p",{className:"meta",children:t("community.directory.shown",{shown:u.length,total:p})}),p!==null&&ai(u.length,p)&&e.jsx("button",{type:"button",className:"secondary",disabled:g,onClick:()=>w(a??s,u.length),children:t("community.more")})]})}function bi({ctx:t}){const{t:n}=b(),[r]=M({query:Br,requestPolicy:"network-only"}),i=r.data?.me?.directoryProfile;return r.data?e.jsx(ji,{ctx:t,initial:i??{listed:!1,city:"",languages:[],bioFr:"",bioEn:"",showEmail:!1}}):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.profile.title")}),e.jsx(z,{error:r.error,id:"profile-error"})]})}function ji({ctx:t,initial:n}){const{t:r}=b(),[i,s]=c.useState(n.listed),[o,a]=c.useState(n.city??""),[l,u]=c.useState([...n.languages]),[m,p]=c.useState(n.bioFr??""),[d,g]=c.useState(n.bioEn??""),[f,y]=c.useState(n.showEmail),[j,w]=c.useState(!1),{busy:N,error:h,send:q}=O(),E=async S=>{S.preventDefault(),w(!1),await q(()=>t.client.mutation(Ur,{input:{listed:i,city:o.trim(),languages:l,bioFr:m,bioEn:d,showEmail:f}}).toPromise())&&w(!0)},v=(S,A)=>u(k=>A?[...k.filter($=>$!==S),S]:k.filter($=>$!==S));return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("community.profile.title")}),e.jsx("p",{children:r("community.profile.intro")}),e.jsxs("form",{className:"form",onSubmit:E,"aria-describedby":"dirprofile-error",children:[e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-listed",type:"checkbox",checked:i,onChange:S=>s(S.target.checked)}),e.jsx("label",{htmlFor:"dir-listed",children:r("community.profile.listed")})]}),e.jsx(Ke,{id:"dir-profile-city",label:r("community.profile.city"),value:o,set:a,autoComplete:"address-level2"}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:r("community.profile.languages")}),["FR","EN"].map(S=>e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-lang-"+S,type:"checkbox",checked:l.includes(S),onChange:A=>v(S,A.target.checked)}),e.jsx("label",{htmlFor:"dir-lang-"+S,children:r("community.lang."+S)})]},S))]}),e.jsx(ye,{id:"dir-bio-fr",label:r("community.profile.bioFr"),value:m,set:p,maxLength:Je,describedBy:"dir-bio-fr-left"}),e.jsx("p",{id:"dir-bio-fr-left",className:"hint",children:r("community.profile.left",{n:vt(m)})}),e.jsx(ye,{id:"dir-bio-en",label:r("community.profile.bioEn"),value:d,set:g,maxLength:Je,describedBy:"dir-bio-en-left"}),e.jsx("p",{id:"dir-bio-en-left",className:"hint",children:r("community.profile.left",{n:vt(d)})}),e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-show-email",type:"checkbox",checked:f,onChange:S=>y(S.target.checked)}),e.jsx("label",{htmlFor:"dir-show-email",children:r("community.profile.showEmail")})]}),e.jsx(P,{error:h,id:"dirprofile-error"}),j&&e.jsx(R,{children:r("community.profile.saved")}),e.jsx("button",{type:"submit",className:"primary",disabled:N,children:r("community.profile.submit")})]})]})}function xi(){const{t}=b(),n=ve(),[r]=M({query:Gr,requestPolicy:"cache-and-network"}),i=c.useMemo(()=>r.data?.communityIndicators,[r.data]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:t("community.indicators.title")}),i?e.jsxs(e.Fragment,{children:[e.jsxs("dl",{className:"figures",children:[e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.facilitators")}),e.jsx("dd",{id:"ind-facilitators",children:i.facilitators})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.workshops")}),e.jsx("dd",{id:"ind-workshops",children:i.workshopsReported})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.participants")}),e.jsx("dd",{id:"ind-participants",children:i.participantsReached})]})]}),e.jsxs("table",{className:"table",children:[e.jsx("caption",{children:t("community.indicators.byBelt")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("community.indicators.beltCol")}),e.jsx("th",{scope:"col",children:t("community.indicators.countCol")})]})}),e.jsx("tbody",{children:i.byBelt.map(s=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n(s.belt)}),e.jsx("td",{children:s.count})]},s.belt))})]})]}):e.jsx(z,{error:r.error,id:"indicators-error"})]})}const vi=[["help","community.help.nav.guides"],["help/faq","community.help.nav.faq"],["help/contact","community.help.nav.contact"]];function wi({ctx:t,rest:n}){const{t:r}=b(),i=Ht(n,["guides","faq","contact"],"guides");if(!i||i==="guides"&&n.length>2)return e.jsx(Me,{});const s=i==="guides"?"help":"help/"+i;return e.jsxs(e.Fragment,{children:[e.jsx(Vt,{ctx:t,label:r("community.help.nav"),current:s,items:vi}),i==="guides"&&(n[1]?e.jsx(ki,{ctx:t,slug:n[1]}):e.jsx(Ni,{ctx:t})),i==="faq"&&e.jsx(Ci,{}),i==="contact"&&e.jsx(Pi,{ctx:t})]})}function it({audience:t}){const{t:n}=b();return t==="PUBLIC"?null:e.jsx("span",{className:"badge",children:n(t==="FACILITATOR"?"community.help.restricted":"community.help.restrictedTo")})}function Ni({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Kr,variables:{locale:F(r)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.help.title")}),e.jsx(Si,{ctx:t}),i.data?i.data.categories.filter(s=>J(s.guides.edges).length>0).map(s=>e.jsxs("section",{"aria-labelledby":"help-cat-"+s.slug,children:[e.jsx("h2",{id:"help-cat-"+s.slug,children:s.title}),s.description&&e.jsx("p",{className:"meta",children:s.description}),e.jsx("ul",{children:J(s.guides.edges).map(o=>e.jsxs("li",{children:[e.jsx(Y,{ctx:t,to:"help/guides/"+encodeURIComponent(o.slug),children:o.title}),o.audience!=="PUBLIC"&&e.jsxs(e.Fragment,{children:[" ",e.jsx(it,{audience:o.audience})]}),o.summary&&e.jsxs("span",{className:"meta",children:[" — ",o.summary]})]},o.id))})]},s.id)):e.jsx(z,{error:i.error,id:"help-error"})]})}function Si({ctx:t}){const{t:n,lang:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState("");c.useEffect(()=>{const m=setTimeout(()=>a(i.trim()),250);return()=>clearTimeout(m)},[i]);const[l]=M({query:ei,variables:{query:o,locale:F(r),first:20},pause:o.length<2}),u=o.length>=2?l.data?.search:void 0;return e.jsxs("form",{role:"search",className:"form",onSubmit:m=>m.preventDefault(),children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"help-search",children:n("community.help.search")}),e.jsx("input",{id:"help-search",type:"search",value:i,onChange:m=>s(m.target.value),"aria-describedby":"help-search-hint",autoComplete:"off"}),e.jsx("p",{id:"help-search-hint",className:"hint",children:n("community.help.searchHint")})]}),e.jsxs("div",{"aria-live":"polite",id:"help-results",children:[l.error&&o.length>=2&&e.jsx(P,{error:l.error,id:"search-error"}),u&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:u.totalCount===0?n("community.help.noResult"):n("community.help.results",{n:u.totalCount})}),e.jsx("ul",{children:u.edges.map((m,p)=>{const d=m.node,g=n("community.help.kind."+d.__typename);let f=null;return d.__typename==="Guide"?f=e.jsx(Y,{ctx:t,to:"help/guides/"+encodeURIComponent(d.slug),children:d.title}):d.__typename==="Faq"?f=e.jsx(Y,{ctx:t,to:"help/faq",children:d.question}):d.__typename==="Resource"?f=e.jsx(Ie,{ctx:t,url:d.url,children:d.title}):d.__typename==="News"&&(f=e.jsx(Y,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})),e.jsxs("li",{children:[e.jsxs("span",{className:"meta",children:[g," · "]}),f,e.jsx("br",{}),e.jsx("span",{className:"snippet",dangerouslySetInnerHTML:{__html:m.snippet}})]},p)})})]})]})]})}function ki({ctx:t,slug:n}){const{t:r,lang:i}=b(),[s]=M({query:Xr,variables:{slug:n,locale:F(i)},requestPolicy:"cache-and-network"});if(rt(!!s.data),!s.data)return e.jsx(z,{error:s.error,id:"guide-error"});const o=s.data.guide;return o?e.jsxs("article",{lang:o.locale.toLowerCase(),children:[o.category&&e.jsx("p",{className:"meta",children:o.category.title}),e.jsx(C,{children:o.title}),e.jsx("p",{children:e.jsx(it,{audience:o.audience})}),o.summary&&e.jsx("p",{className:"lead",children:o.summary}),e.jsx(qe,{html:o.html}),o.attachments.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:r("community.help.attachments")}),e.jsx("ul",{children:o.attachments.map(a=>e.jsxs("li",{children:[e.jsx(Ie,{ctx:t,url:a.url,filename:a.filename,children:r("community.toolbox.download",{name:a.filename})})," ",e.jsxs("span",{className:"meta",children:["(",Gt(a.size,i),")"]})]},a.url))})]}),e.jsx("p",{children:e.jsx(Y,{ctx:t,to:"help",children:r("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("error.notFoundTitle")}),e.jsx("p",{children:r("community.help.guideNotFound")})]})}function Ci(){const{t,lang:n}=b(),[r]=M({query:Zr,variables:{locale:F(n),first:100},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:t("community.help.faqTitle")}),r.data?e.jsx("div",{className:"faq",children:J(r.data.faqs.edges).map(i=>e.jsxs("details",{id:"faq-"+i.id,children:[e.jsxs("summary",{children:[i.question," ",e.jsx(it,{audience:i.audience})]}),e.jsx(qe,{html:i.html})]},i.id))}):e.jsx(z,{error:r.error,id:"faq-error"})]})}function Pi({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:ni}),[s,o]=c.useState(null),[a,l]=c.useState(null),[u,m]=c.useState(""),[p,d]=c.useState(""),[g,f]=c.useState(null),{busy:y,error:j,send:w}=O(),N=s??i.data?.me?.displayName??"",h=a??i.data?.me?.email??"",q=async E=>{E.preventDefault(),await w(()=>t.client.mutation(ti,{input:{name:N,email:h,subject:u,message:p,locale:F(r)}}).toPromise())&&(f(h),m(""),d(""))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.help.contactTitle")}),e.jsx("p",{children:n("community.help.contactIntro")}),g?e.jsx(R,{children:n("community.help.sent",{email:g})}):e.jsxs("form",{className:"form",onSubmit:q,"aria-describedby":"contact-error",children:[e.jsx(I,{id:"contact-name",label:n("community.help.name"),value:N,set:o,autoComplete:"name"}),e.jsx(I,{id:"contact-email",label:n("community.help.email"),type:"email",value:h,set:l,autoComplete:"email"}),e.jsx(I,{id:"contact-subject",label:n("community.help.subject"),value:u,set:m}),e.jsx(ye,{id:"contact-message",label:n("community.help.message"),value:p,set:d,required:!0,rows:6}),e.jsx(P,{error:j,id:"contact-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:y,children:n("community.help.send")})]})]})}function Ei({ctx:t}){const{t:n}=b(),[r,i]=M({query:Wr,requestPolicy:"network-only"});return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.peers.title")}),e.jsx("p",{children:n("community.peers.intro")}),r.data?e.jsxs(e.Fragment,{children:[r.data.me?.journey&&e.jsx(Ai,{ctx:t,journey:r.data.me.journey,request:r.data.me.nextBeltRequest??null,mayAsk:r.data.mayAsk,refetch:()=>i({requestPolicy:"network-only"})}),r.data.mayCoOpt&&e.jsx(Mi,{ctx:t})]}):e.jsx(z,{error:r.error,id:"peers-error"})]})}function Ai({ctx:t,journey:n,request:r,mayAsk:i,refetch:s}){const{t:o,lang:a}=b(),l=ve(),{busy:u,error:m,send:p}=O(),[d,g]=c.useState(null),[f,y]=c.useState(!1),j=ci(n.requirements),w=async()=>{y(!1);const h=await p(async()=>{const q=await t.client.mutation(Qr,{}).toPromise();return ae(q.error)==="CONFLICT"?(y(!0),{data:void 0,error:void 0}):q});h&&(g(h.requestBeltValidation.request.belt),s())},N=n.coOptations.filter(h=>h.belt===n.nextBelt);return e.jsxs("section",{"aria-labelledby":"peers-mine",children:[e.jsx("h2",{id:"peers-mine",children:o("community.peers.mine")}),e.jsx("p",{children:o("community.peers.myBelt",{belt:l(n.belt)})}),n.nextBelt?e.jsx("p",{children:o("community.peers.next",{belt:l(n.nextBelt)})}):e.jsx("p",{children:o("community.peers.top")}),n.requirements.length>0&&e.jsx("ul",{id:"peers-requirements",children:n.requirements.map(h=>e.jsxs("li",{children:[o("community.peers.req."+h.code,{progress:h.progress,target:h.target})," ",h.met&&e.jsx("span",{className:"meta",children:o("community.peers.met")})]},h.code))}),r&&e.jsxs("p",{id:"peers-request",className:"notice",children:[o("community.peers.request",{belt:l(r.belt),date:me(r.createdAt,a),n:r.coOptations.length,required:r.required})," ",o("community.peers.status."+r.status)]}),n.nextBelt&&j&&i&&!d&&!r&&e.jsx("button",{type:"button",className:"primary",disabled:u,onClick:w,"aria-describedby":"peers-ask-error",children:o("community.peers.ask",{belt:l(n.nextBelt)})}),n.nextBelt&&!j&&e.jsx("p",{children:o("community.peers.cannotAsk")}),e.jsx(P,{error:m,id:"peers-ask-error"}),d&&e.jsx(R,{children:o("community.peers.asked",{belt:l(d)})}),f&&e.jsx(R,{children:o("community.peers.alreadyAsked")}),e.jsx("h3",{id:"peers-received",children:o("community.peers.received")}),n.coOptations.length===0?e.jsx("p",{children:o("community.peers.noneReceived")}):e.jsx("ul",{"aria-labelledby":"peers-received",id:"peers-received-list",children:n.coOptations.map((h,q)=>e.jsxs("li",{className:N.includes(h)?"current":void 0,children:[o("community.peers.by",{name:h.by.displayName,belt:l(h.by.belt),date:me(h.at,a),for:l(h.belt)}),h.comment&&e.jsx("blockquote",{children:h.comment})]},q))})]})}function Mi({ctx:t}){const{t:n}=b(),[r,i]=M({query:_r,variables:{first:50},requestPolicy:"network-only"}),[s,o]=c.useState([]),a=(r.data?.beltValidationRequests.edges??[]).flatMap(l=>l?.node?[l.node]:[]);return e.jsxs("section",{"aria-labelledby":"peers-tocoopt",children:[e.jsx("h2",{id:"peers-tocoopt",children:n("community.peers.toCoOpt")}),e.jsx("p",{children:n("community.peers.coOptRule")}),e.jsx("div",{"aria-live":"polite",children:s.map((l,u)=>e.jsx(R,{children:l},u))}),r.data?a.length===0?e.jsx("p",{children:n("community.peers.noRequest")}):e.jsx("ul",{className:"cards",id:"peers-requests",children:a.map(l=>e.jsx(qi,{ctx:t,request:l,onDone:u=>{o(m=>[...m,u]),i({requestPolicy:"network-only"})}},l.id))}):e.jsx(z,{error:r.error,id:"requests-error"})]})}function qi({ctx:t,request:n,onDone:r}){const{t:i}=b(),s=ve(),[o,a]=c.useState(""),{busy:l,error:u,send:m}=O(),p=n.candidate.displayName,d=async f=>{f.preventDefault();const y=await m(()=>t.client.mutation(Jr,{requestId:n.id,comment:o.trim()||null}).toPromise());if(!y)return;const j=y.coOpt.candidate.belt===n.belt;r(i("community.peers.coOpted",{name:p})+(j?" "+i("community.peers.raised",{name:p,belt:s(n.belt)}):""))},g="coopt-error-"+n.id;return e.jsxs("li",{className:"request",children:[e.jsx("h3",{children:p}),e.jsx("p",{className:"meta",children:i("community.peers.candidate",{name:p,belt:s(n.candidate.belt),n:n.candidate.workshopsRun})}),e.jsxs("p",{children:[e.jsx("strong",{children:i("community.peers.wants",{belt:s(n.belt)})})," · ",i("community.peers.sofar",{n:n.coOptations.length,required:n.required})]}),n.coOptations.length>0&&e.jsx("p",{children:i("community.peers.sofarBy",{names:n.coOptations.map(f=>f.by.displayName).join(", ")})}),e.jsxs("form",{className:"form",onSubmit:d,"aria-describedby":g,children:[e.jsx(ye,{id:"coopt-comment-"+n.id,label:i("community.peers.comment",{name:p}),value:o,set:a,maxLength:2e3,rows:3}),e.jsx(P,{error:u,id:g}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:i("community.peers.coOpt",{name:p})})]})]})}function Ii({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Hr,variables:{locale:F(r)},requestPolicy:"cache-and-network"});if(!i.data)return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.toolbox.title")}),e.jsx(z,{error:i.error,id:"toolbox-error"})]});const s=J(i.data.resources.edges),o=i.data.categories.filter(u=>s.some(m=>m.category?.slug===u.slug)),a=s.filter(u=>!u.category||!o.some(m=>m.slug===u.category.slug)),l=[...o.map(u=>({key:u.slug,title:u.title,description:u.description,items:s.filter(m=>m.category?.slug===u.slug),guides:J(u.guides.edges)})),...a.length?[{key:"-",title:n("community.toolbox.title"),description:"",items:a,guides:[]}]:[]];return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.toolbox.title")}),e.jsx("p",{children:n("community.toolbox.intro")}),l.length===0&&e.jsx("p",{children:n("community.toolbox.none")}),l.map(u=>e.jsxs("section",{"aria-labelledby":"cat-"+u.key,children:[e.jsx("h2",{id:"cat-"+u.key,children:u.title}),u.description&&e.jsx("p",{className:"meta",children:u.description}),e.jsx("ul",{className:"cards",children:u.items.map(m=>e.jsxs("li",{lang:m.locale.toLowerCase(),children:[e.jsx("h3",{children:m.title}),e.jsx(qe,{html:m.html}),e.jsxs("p",{children:[e.jsx(Ie,{ctx:t,url:m.url,filename:m.filename,className:"download",children:n(m.filename?"community.toolbox.download":"community.toolbox.open",{name:m.filename??m.title})}),m.size!=null&&e.jsxs("span",{className:"meta",children:[" (",[m.contentType?.split("/").pop()?.toUpperCase(),Gt(m.size,r)].filter(Boolean).join(", "),")"]})]})]},m.id))}),u.guides.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{id:"cat-guides-"+u.key,children:n("community.toolbox.guides")}),e.jsx("ul",{"aria-labelledby":"cat-guides-"+u.key,children:u.guides.map(m=>e.jsx("li",{children:e.jsx(Y,{ctx:t,to:"help/guides/"+encodeURIComponent(m.slug),children:m.title})},m.id))})]})]},u.key))]})}function Ri({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Vr,variables:{locale:F(r)},requestPolicy:"cache-and-network"}),[s,o]=c.useState([]),a=(i.data?.opportunities.edges??[]).flatMap(l=>l?.node&&l.node.kind==="PROFESSIONAL"?[l.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("community.pros.title")}),e.jsx("p",{children:n("community.pros.intro")}),e.jsx("div",{"aria-live":"polite",children:s.map((l,u)=>e.jsx(R,{children:l},u))}),i.data?a.length===0?e.jsx("p",{children:n("community.pros.none")}):e.jsx("ul",{className:"cards",children:a.map(l=>e.jsx(Ti,{ctx:t,w:l,onDone:u=>o(m=>[...m,u])},l.id))}):e.jsx(z,{error:i.error,id:"pros-error"})]})}function Ti({ctx:t,w:n,onDone:r}){const{t:i,lang:s}=b(),[o,a]=c.useState(""),[l,u]=c.useState(!1),{busy:m,error:p,send:d}=O(),g=async y=>{y.preventDefault(),await d(()=>t.client.mutation(Yr,{id:n.id,message:o.trim()||null}).toPromise())&&(u(!0),r(i("community.pros.applied",{title:n.title})))},f=n.format==="ONLINE"?i("community.pros.online"):n.city??"";return e.jsxs("li",{children:[e.jsx("h2",{children:n.title}),e.jsx("p",{className:"meta",children:i("community.pros.when",{date:me(n.startsAt,s,!0),place:f})}),!l&&e.jsxs("form",{className:"form",onSubmit:g,"aria-describedby":"pro-error-"+n.id,children:[e.jsx(ye,{id:"pro-message-"+n.id,label:i("community.pros.message",{title:n.title}),value:o,set:a,maxLength:1e3,rows:2}),e.jsx(P,{error:p,id:"pro-error-"+n.id}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:i("community.pros.apply")})]})]})}const Oi=[{page:"community",menu:{label:"community.menu.community",show:ge},render:({ctx:t,rest:n})=>e.jsx(di,{ctx:t,rest:n})},{page:"toolbox",menu:{label:"community.menu.resources",show:ge},render:({ctx:t})=>e.jsx(Ii,{ctx:t})},{page:"pros",menu:{label:"community.menu.pros",show:ge},render:({ctx:t})=>e.jsx(Ri,{ctx:t})},{page:"peers",menu:{label:"community.menu.peers",show:ge},render:({ctx:t})=>e.jsx(Ei,{ctx:t})},{page:"help",menu:{label:"community.menu.help",show:ge},render:({ctx:t,rest:n})=>e.jsx(wi,{ctx:t,rest:n})}];function Fi(t){const n=new Set;for(const r of t){const i=r.role==="org-admin"?/^organization:(\d+)$/.exec(r.scope??""):null;i&&n.add(i[1])}return[...n].sort((r,i)=>Number(i)-Number(r))}function He(t){return t.includes("org-admin")||t.includes("program-admin")}function Yt(t){return t.status==="APPROVED"&&t.organization.status==="APPROVED"}const Li=2<<20,Di=["image/png","image/jpeg"];function $i(t){return Di.includes(t.type)?t.size>Li?"size":null:"type"}function zi(t,n,r){const i=Math.min(0,Math.round((new Date(t).getTime()-n.getTime())/1e3)),s=new Intl.RelativeTimeFormat(r,{numeric:"auto"}),o=[["year",365*86400],["month",30*86400],["day",86400],["hour",3600],["minute",60]];for(const[a,l]of o)if(Math.abs(i)>=l)return s.format(Math.trunc(i/l),a);return s.format(0,"minute")}function Pe(t,n,r){return new Intl.DateTimeFormat(n==="fr"?"fr-CA":"en-CA",{dateStyle:"full",timeStyle:"short",timeZone:r}).format(new Date(t))}function Bi(t,n){const r=t.filter(i=>i.modules.includes("platform-access")).map(i=>i.slug);return r.includes(n)?[n,...r.filter(i=>i!==n)]:r}function Ui(t){return t.find(n=>n.pinned&&n.request.status==="PENDING")?.request??null}function Gi(t){try{const n=new URL(t,"http://x.invalid");return n.pathname+n.search}catch{return t}}const Ve={organizations:t=>t.modules.includes("programs")&&(He(t.roles)||t.roles.length===0),onboarding:t=>t.modules.includes("onboarding")&&He(t.roles),"access-request":t=>t.modules.includes("platform-access")&&He(t.roles)},Hi=x(`
  query MemberMentoringRoles {
    me {
      id
      firstName
      lastName
      email
      roleAssignments {
        role
        scope
      }
    }
  }
`),st=x(`
  query MemberOrganization($id: ID!, $locale: Locale) {
    organization(id: $id) {
      id
      name
      city
      status
      createdAt
      pinnedNotices(locale: $locale) {
        text
        createdAt
        pinned
        request {
          id
          status
          programTitle
          adminEmail
          logoUrl
        }
      }
    }
  }
`),ot=x(`
  query MemberPrograms($first: Int, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          titleFr
          titleEn
          organization {
            id
            name
            status
          }
          contact {
            displayName
          }
          status
          responseLevel
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),Vi=x(`
  mutation MemberCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        status
      }
    }
  }
`),Yi=x(`
  mutation MemberCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id
        status
      }
    }
  }
`),Wi=x(`
  query MemberOnboardingSessions($first: Int) {
    onboardingSessions(first: $first) {
      edges {
        node {
          id
          startsAt
          language
          seatsLeft
        }
      }
    }
  }
`),_i=x(`
  mutation MemberRegisterForOnboarding($sessionId: ID!, $programId: ID!) {
    registerForOnboarding(sessionId: $sessionId, programId: $programId) {
      ok
    }
  }
`),wt=x(`
  mutation MemberRequestPlatformAccess($input: PlatformAccessRequestInput!) {
    requestPlatformAccess(input: $input) {
      request {
        id
        status
        programTitle
        adminEmail
        logoUrl
      }
    }
  }
`),Qi=x(`
  mutation MemberCancelPlatformAccessRequest($id: ID!) {
    cancelPlatformAccessRequest(id: $id) {
      request {
        id
        status
      }
    }
  }
`),Ji=x(`
  mutation MemberAcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      account {
        id
        email
        status
      }
    }
  }
`),Ki=x(`
  query MemberSpacesModules {
    spaces {
      slug
      modules
    }
  }
`);function fe(t){return e.jsx(I,{...t,optional:!0})}function at({value:t}){const{t:n}=b();return e.jsx("span",{className:"m-status m-status-"+t.toLowerCase(),children:n("mentoring.status."+t)})}function Wt({iso:t}){const{lang:n}=b(),r=Pe(t,n);return e.jsx("time",{dateTime:t,title:r,children:zi(t,new Date,n)})}function ct(){const{lang:t}=b();return c.useMemo(()=>({lang:t}),[t])}function Xi(t){return{name:"CombinedError",message:t[0]?.message??"",graphQLErrors:t}}function Zi({ctx:t}){const{t:n}=b(),r=ct(),[i,s]=M({query:Hi,requestPolicy:"network-only"}),[o,a]=M({query:ot,variables:{first:100},context:r,requestPolicy:"cache-and-network"}),l=Fi(i.data?.me?.roleAssignments??[]),u=(o.data?.programs.edges??[]).flatMap(m=>m?.node?[m.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("mentoring.orgs.title")}),e.jsx(P,{error:i.error??o.error??null,id:"mentoring-load-error"}),e.jsxs("section",{"aria-labelledby":"orgs-mine",children:[e.jsx("h2",{id:"orgs-mine",children:n("mentoring.orgs.mine")}),i.fetching&&!i.data?e.jsx("p",{role:"status",children:n("mentoring.loading")}):l.length===0?e.jsx("p",{children:n("mentoring.orgs.none")}):e.jsx("div",{className:"m-scroll",children:e.jsxs("table",{className:"m-table",id:"organizations-table",children:[e.jsx("caption",{className:"m-sr",children:n("mentoring.orgs.mine")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("mentoring.orgs.name")}),e.jsx("th",{scope:"col",children:n("mentoring.orgs.city")}),e.jsx("th",{scope:"col",children:n("mentoring.orgs.status")}),e.jsx("th",{scope:"col",children:n("mentoring.orgs.created")})]})}),e.jsx("tbody",{children:l.map(m=>e.jsx(es,{id:m},m))})]})})]}),e.jsxs("section",{"aria-labelledby":"programs-heading",children:[e.jsx("h2",{id:"programs-heading",children:n("mentoring.programs.title",{count:o.data?.programs.totalCount??0})}),u.length===0?!o.fetching&&e.jsx("p",{children:n("mentoring.programs.none")}):e.jsx("div",{className:"m-scroll",children:e.jsxs("table",{className:"m-table",id:"programs-table",children:[e.jsx("caption",{className:"m-sr",children:n("mentoring.programs.caption")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("mentoring.programs.name")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.organization")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.contact")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.status")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.level")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.created")}),e.jsx("th",{scope:"col",children:n("mentoring.programs.actions")})]})}),e.jsx("tbody",{children:u.map(m=>e.jsxs("tr",{"data-program":m.id,children:[e.jsx("th",{scope:"row",children:m.title}),e.jsx("td",{children:m.organization.name}),e.jsx("td",{children:m.contact.displayName}),e.jsx("td",{children:e.jsx(at,{value:m.status})}),e.jsx("td",{children:m.responseLevel}),e.jsx("td",{children:e.jsx(Wt,{iso:m.createdAt})}),e.jsx("td",{children:Yt(m)&&e.jsxs(D,{ctx:t,page:"access-request/"+m.id,children:[n("mentoring.programs.requestAccess"),e.jsx("span",{className:"m-sr",children:n("mentoring.programs.requestAccessFor",{title:m.title})})]})})]},m.id))})]})})]}),e.jsx(ns,{ctx:t,created:()=>{s({requestPolicy:"network-only"})}}),e.jsx(rs,{ctx:t,orgIds:l,created:()=>a({requestPolicy:"network-only"})})]})}function es({id:t}){const{lang:n}=b(),[r]=M({query:st,variables:{id:t,locale:F(n)}}),i=r.data?.organization;return i?e.jsxs("tr",{"data-organization":i.id,children:[e.jsx("th",{scope:"row",children:i.name}),e.jsx("td",{children:i.city??""}),e.jsx("td",{children:e.jsx(at,{value:i.status})}),e.jsx("td",{children:e.jsx(Wt,{iso:i.createdAt})})]}):null}function ts({id:t}){const{lang:n}=b(),[r]=M({query:st,variables:{id:t,locale:F(n)}});return e.jsx("option",{value:t,children:r.data?.organization?.name??t})}function ns({ctx:t,created:n}){const{t:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState(""),[l,u]=c.useState(""),[m,p]=c.useState(null),{busy:d,error:g,send:f}=O(),y=async j=>{j.preventDefault(),p(null);const w=await f(()=>t.client.mutation(Vi,{input:{name:i,city:o||null,website:l||null}}).toPromise());w&&(p(w.createOrganization.organization.name),s(""),a(""),u(""),n())};return e.jsxs("section",{"aria-labelledby":"org-new",children:[e.jsx("h2",{id:"org-new",children:r("mentoring.orgs.new")}),e.jsxs("form",{onSubmit:y,"aria-describedby":"org-error",className:"form",id:"organization-form",children:[e.jsx(I,{id:"org-name",label:r("mentoring.orgs.name"),value:i,set:s,autoComplete:"organization"}),e.jsx(fe,{id:"org-city",label:r("mentoring.orgs.city"),value:o,set:a,autoComplete:"address-level2"}),e.jsx(fe,{id:"org-website",label:r("mentoring.orgs.website"),type:"url",value:l,set:u,autoComplete:"url"}),e.jsx(P,{error:g,id:"org-error"}),m&&e.jsx(R,{children:r("mentoring.orgs.created.done",{name:m})}),e.jsx("button",{type:"submit",className:"primary",disabled:d,children:r("mentoring.orgs.create")})]})]})}function rs({ctx:t,orgIds:n,created:r}){const{t:i}=b(),[s,o]=c.useState(""),[a,l]=c.useState(""),[u,m]=c.useState(""),[p,d]=c.useState("1"),[g,f]=c.useState(""),[y,j]=c.useState(""),[w,N]=c.useState(!1),{busy:h,error:q,send:E}=O(),v=s||n[0]||"",S=async A=>{A.preventDefault(),N(!1),await E(()=>t.client.mutation(Yi,{input:{organizationId:v,titleFr:a||null,titleEn:u||null,responseLevel:Number(p),contactEmail:g,contactName:y||null}}).toPromise())&&(N(!0),l(""),m(""),f(""),j(""),r())};return e.jsxs("section",{"aria-labelledby":"program-new",children:[e.jsx("h2",{id:"program-new",children:i("mentoring.programs.new")}),n.length===0?e.jsx("p",{children:i("mentoring.programs.needOrg")}):e.jsxs("form",{onSubmit:S,"aria-describedby":"program-error",className:"form",id:"program-form",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"program-org",children:i("mentoring.programs.org")}),e.jsx("select",{id:"program-org",value:v,onChange:A=>o(A.target.value),children:n.map(A=>e.jsx(ts,{id:A},A))})]}),e.jsx("p",{id:"program-titles-hint",className:"hint m-hint",children:i("mentoring.programs.titlesHint")}),e.jsx(fe,{id:"program-title-fr",label:i("mentoring.programs.titleFr"),value:a,set:l,describedBy:"program-titles-hint"}),e.jsx(fe,{id:"program-title-en",label:i("mentoring.programs.titleEn"),value:u,set:m,describedBy:"program-titles-hint"}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"program-level",children:i("mentoring.programs.levelLabel")}),e.jsx("select",{id:"program-level",value:p,onChange:A=>d(A.target.value),children:["1","2","3","4"].map(A=>e.jsx("option",{value:A,children:A},A))})]}),e.jsx(I,{id:"program-contact-email",label:i("mentoring.programs.contactEmail"),type:"email",value:g,set:f,autoComplete:"email"}),e.jsx(fe,{id:"program-contact-name",label:i("mentoring.programs.contactName"),value:y,set:j,autoComplete:"name"}),e.jsx(P,{error:q,id:"program-error"}),w&&e.jsx(R,{children:i("mentoring.programs.created.done")}),e.jsx("button",{type:"submit",className:"primary",disabled:h,children:i("mentoring.programs.create")})]})]})}function is({ctx:t,search:n}){const{t:r,lang:i}=b(),s=ct(),[o,a]=M({query:Wi,variables:{first:50},requestPolicy:"cache-and-network"}),[l]=M({query:ot,variables:{first:100},context:s,requestPolicy:"cache-and-network"}),u=(o.data?.onboardingSessions.edges??[]).flatMap(k=>k?.node?[k.node]:[]),m=(l.data?.programs.edges??[]).flatMap(k=>k?.node?[k.node]:[]),p=u.filter(k=>k.seatsLeft>0),[d,g]=c.useState(""),[f,y]=c.useState(""),[j,w]=c.useState(null),{busy:N,error:h,send:q}=O(),E=d||p[0]?.id||"",v=new URLSearchParams(n).get("program"),S=f||m.find(k=>k.id===v)?.id||m.find(k=>k.status==="APPROVED")?.id||m[0]?.id||"",A=async k=>{if(k.preventDefault(),w(null),!await q(()=>t.client.mutation(_i,{sessionId:E,programId:S}).toPromise()))return;const K=u.find(Z=>Z.id===E),X=m.find(Z=>Z.id===S);w(r("mentoring.onboarding.done",{program:X?.title??"",when:K?Pe(K.startsAt,i):""})),a({requestPolicy:"network-only"})};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.onboarding.title")}),e.jsx("p",{children:r("mentoring.onboarding.intro")}),e.jsx(P,{error:o.error??l.error??null,id:"onboarding-load-error"}),u.length===0?!o.fetching&&e.jsx("p",{children:r("mentoring.onboarding.none")}):e.jsx("div",{className:"m-scroll",children:e.jsxs("table",{className:"m-table",id:"sessions-table",children:[e.jsx("caption",{children:r("mentoring.onboarding.caption")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:r("mentoring.onboarding.when")}),e.jsx("th",{scope:"col",children:r("mentoring.onboarding.language")}),e.jsx("th",{scope:"col",children:r("mentoring.onboarding.seats")})]})}),e.jsx("tbody",{children:u.map(k=>e.jsxs("tr",{"data-session":k.id,children:[e.jsx("th",{scope:"row",children:e.jsx("time",{dateTime:k.startsAt,children:Pe(k.startsAt,i)})}),e.jsx("td",{children:r("mentoring.lang."+k.language)}),e.jsx("td",{children:k.seatsLeft})]},k.id))})]})}),p.length>0&&(m.length===0?e.jsx("p",{children:r("mentoring.onboarding.noProgram")}):e.jsxs("form",{onSubmit:A,"aria-describedby":"onboarding-error",className:"form",id:"onboarding-form",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"onboarding-session",children:r("mentoring.onboarding.session")}),e.jsx("select",{id:"onboarding-session",value:E,onChange:k=>g(k.target.value),children:u.map(k=>e.jsxs("option",{value:k.id,disabled:k.seatsLeft===0,children:[Pe(k.startsAt,i)," · ",r("mentoring.lang."+k.language),k.seatsLeft===0?" · "+r("mentoring.onboarding.full"):""]},k.id))})]}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"onboarding-program",children:r("mentoring.onboarding.program")}),e.jsx("select",{id:"onboarding-program",value:S,onChange:k=>y(k.target.value),children:m.map(k=>e.jsxs("option",{value:k.id,children:[k.title," · ",k.organization.name," · ",r("mentoring.status."+k.status)]},k.id))})]}),e.jsx(P,{error:h,id:"onboarding-error"}),j&&e.jsx(R,{children:j}),e.jsx("button",{type:"submit",className:"primary",disabled:N,children:r("mentoring.onboarding.submit")})]}))]})}function ss({ctx:t,rest:n}){const{t:r}=b(),i=ct(),[s]=M({query:ot,variables:{first:100},context:i,requestPolicy:"cache-and-network"}),o=(s.data?.programs.edges??[]).flatMap(u=>u?.node?[u.node]:[]),a=n[0];if(!s.data)return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.access.title")}),s.error?e.jsx(P,{error:s.error,id:"access-load-error"}):e.jsx("p",{role:"status",children:r("mentoring.loading")})]});if(!a){const u=o.filter(Yt);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.access.title")}),e.jsx("p",{children:r("mentoring.access.choose")}),u.length===0?e.jsx("p",{children:r("mentoring.access.noneReady")}):e.jsx("ul",{className:"links",id:"access-programs",children:u.map(m=>e.jsxs("li",{children:[e.jsx(D,{ctx:t,page:"access-request/"+m.id,children:m.title})," ","— ",m.organization.name," (",e.jsx(at,{value:m.status}),")"]},m.id))})]})}const l=o.find(u=>u.id===a);return l?e.jsx(os,{ctx:t,program:l},l.id):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.access.title")}),e.jsx("p",{className:"error",role:"alert",children:r("mentoring.access.unknown")}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"organizations",children:r("mentoring.access.back")})})]})}function os({ctx:t,program:n}){const{t:r,lang:i}=b(),[s,o]=M({query:st,variables:{id:n.organization.id,locale:F(i)},requestPolicy:"network-only"}),a=s.data?.organization?.pinnedNotices??[],l=Ui(a),[u,m]=c.useState(""),[p,d]=c.useState(""),[g,f]=c.useState(""),[y,j]=c.useState(""),[w,N]=c.useState(!1),[h,q]=c.useState(null),[E,v]=c.useState(null),[S,A]=c.useState(null),[k,$]=c.useState(null),[K,X]=c.useState(null),[Z,ee]=c.useState(!1),ce=c.useRef(null),{busy:we,error:Ne,setError:de,send:Re}=O(),ne=O();c.useEffect(()=>{if(!h)return;const L=URL.createObjectURL(h);return v(L),()=>URL.revokeObjectURL(L)},[h]);const Te=L=>{const G=L.target.files?.[0]??null;if(A(null),v(null),!G){q(null);return}const re=$i(G);if(re){q(null),A(re==="type"?"mentoring.access.logoType":"mentoring.access.logoSize"),L.target.value="";return}q(G)},Se=()=>{q(null),v(null),ce.current&&(ce.current.value="",ce.current.focus())},Oe=async L=>{L.preventDefault(),X(null);const G={programId:n.id,adminFirstName:u,adminLastName:p,adminPhone:g,adminEmail:y,acceptTerms:w},re=await Re(async()=>{if(!h)return t.client.mutation(wt,{input:{...G,logo:null}}).toPromise();$(0);try{const le=await mn({url:Pt(t.space),token:t.token,lang:i,document:wt,variables:{input:{...G,logo:null}},files:{"input.logo":h},onProgress:$});return le.errors?.length?{error:Xi(le.errors)}:{data:le.data??void 0}}catch{return{error:{name:"CombinedError",message:r("error.network"),networkError:new Error("network"),graphQLErrors:[]}}}finally{$(null)}});if(!re){o({requestPolicy:"network-only"});return}ee(!1),X(re.requestPlatformAccess.request.adminEmail),o({requestPolicy:"network-only"})},pe=async()=>{!l||(ee(!1),!await ne.send(()=>t.client.mutation(Qi,{id:l.id}).toPromise()))||(ee(!0),X(null),de(null),o({requestPolicy:"network-only"}))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.access.title")}),(a.length>0||s.error||ne.error||Z)&&e.jsxs("section",{"aria-labelledby":"notices-heading",id:"notices",children:[e.jsx("h2",{id:"notices-heading",children:r("mentoring.access.notices")}),e.jsx(P,{error:s.error??null,id:"notices-error"}),a.map(L=>e.jsxs("div",{className:L.pinned?"notice m-pinned":"m-notice","data-request":L.request.id,"data-status":L.request.status,children:[L.pinned&&e.jsx("p",{className:"m-pin",children:r("mentoring.access.pinned")}),e.jsx("p",{children:L.text}),L.request.logoUrl&&e.jsx("img",{className:"m-logo",src:Gi(L.request.logoUrl),alt:r("mentoring.access.logoOf",{name:L.request.programTitle}),width:96,height:96})]},L.request.id)),l&&e.jsx("p",{children:e.jsx("button",{type:"button",className:"m-secondary",id:"cancel-request",onClick:pe,disabled:ne.busy,children:r("mentoring.access.cancelRequest")})}),e.jsx(P,{error:ne.error,id:"cancel-error"}),Z&&e.jsx(R,{children:r("mentoring.access.cancelled")})]}),K&&e.jsx(R,{children:r("mentoring.access.done",{email:K})}),l?!K&&e.jsx("p",{className:"notice",children:r("mentoring.access.open")}):e.jsxs("form",{onSubmit:Oe,"aria-describedby":"access-error",className:"form",id:"access-form",children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"access-title",children:r("mentoring.access.programTitle")}),e.jsx("input",{id:"access-title",name:"access-title",value:n.title,readOnly:!0,"aria-describedby":"access-title-hint"}),e.jsx("p",{id:"access-title-hint",className:"hint m-hint",children:r("mentoring.access.programTitleHint")})]}),e.jsxs("fieldset",{className:"m-fieldset",children:[e.jsx("legend",{children:r("mentoring.access.adminLegend")}),e.jsx("p",{className:"hint m-hint",children:r("mentoring.access.adminHint")}),e.jsx(I,{id:"admin-first-name",label:r("mentoring.access.firstName"),value:u,set:m,autoComplete:"off"}),e.jsx(I,{id:"admin-last-name",label:r("mentoring.access.lastName"),value:p,set:d,autoComplete:"off"}),e.jsx(I,{id:"admin-phone",label:r("mentoring.access.phone"),type:"tel",value:g,set:f,autoComplete:"off"}),e.jsx(I,{id:"admin-email",label:r("mentoring.access.email"),type:"email",value:y,set:j,autoComplete:"off"})]}),e.jsxs("fieldset",{className:"m-fieldset",children:[e.jsx("legend",{children:r("mentoring.access.logoLegend")}),e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"access-logo",children:[r("mentoring.access.logo")," ",e.jsx("span",{className:"req",children:r("mentoring.optional")})]}),e.jsx("input",{ref:ce,id:"access-logo",name:"access-logo",type:"file",accept:"image/png,image/jpeg",onChange:Te,"aria-describedby":"access-logo-hint"+(S?" access-logo-error":"")}),e.jsx("p",{id:"access-logo-hint",className:"hint m-hint",children:r("mentoring.access.logoHint")}),S&&e.jsx("p",{id:"access-logo-error",className:"error",role:"alert",children:r(S)})]}),h&&E&&e.jsxs("div",{className:"m-preview",children:[e.jsx("img",{id:"logo-preview",src:E,alt:r("mentoring.access.logoPreview",{name:h.name}),width:150,height:150}),e.jsx("button",{type:"button",className:"m-secondary",onClick:Se,children:r("mentoring.access.logoRemove")})]})]}),e.jsxs("div",{className:"m-check",children:[e.jsx("input",{id:"access-terms",name:"access-terms",type:"checkbox",checked:w,onChange:L=>N(L.target.checked)}),e.jsx("label",{htmlFor:"access-terms",children:r("mentoring.access.terms")})]}),e.jsx(P,{error:Ne,id:"access-error"}),Ne?.graphQLErrors?.[0]?.extensions?.reason==="ONBOARDING_REQUIRED"&&e.jsx("p",{children:e.jsx("a",{href:U(t.space,"onboarding")+"?program="+encodeURIComponent(n.id),onClick:L=>{L.preventDefault(),t.go("onboarding","?program="+encodeURIComponent(n.id))},children:r("mentoring.access.toOnboarding")})}),k!==null&&e.jsxs("p",{role:"status",children:[e.jsx("progress",{max:1,value:k,"aria-label":r("mentoring.access.sending",{percent:Math.round(k*100)})})," ",r("mentoring.access.sending",{percent:Math.round(k*100)})]}),e.jsxs("div",{className:"m-actions",children:[e.jsx("button",{type:"button",className:"m-secondary",onClick:()=>t.go("organizations"),children:r("mentoring.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:we,children:r("mentoring.access.submit")})]})]}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"organizations",children:r("mentoring.access.back")})})]})}function as({ctx:t,search:n}){const{t:r,lang:i}=b(),s=je(n),[o]=M({query:Ki}),a=o.data?Bi(o.data.spaces,t.space):null,[l,u]=c.useState(""),[m,p]=c.useState(""),[d,g]=c.useState(!1),[f,y]=c.useState(null),{busy:j,error:w,send:N}=O();c.useEffect(()=>{a&&a.length>0&&a[0]!==t.space&&(history.replaceState(null,"",U(a[0],"invitation")+n),window.dispatchEvent(new PopStateEvent("popstate")))},[a?.[0],t.space]);const h=async q=>{if(q.preventDefault(),!s||!a)return;if(l!==m){g(!0);return}g(!1);let E=t.space;const v=await N(async()=>{const S=await et(a,A=>(A===t.space?t.client:se(A,null,i)).mutation(Ji,{token:s,password:l}).toPromise(),A=>ae(A.error));return S.space&&(E=S.space),S.result??{error:void 0,data:void 0}});v&&(oe(localStorage,E),y(v.acceptInvitation.account.email),u(""),p(""),E!==t.space&&(history.replaceState(null,"",U(E,"invitation")),window.dispatchEvent(new PopStateEvent("popstate"))))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("mentoring.invite.title")}),s?a&&a.length===0?e.jsx("p",{className:"error",role:"alert",children:r("mentoring.invite.noSpace")}):f?e.jsxs(e.Fragment,{children:[e.jsx(R,{children:r("mentoring.invite.done",{email:f})}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"sign-in",children:r("mentoring.invite.signIn")})})]}):e.jsxs(e.Fragment,{children:[e.jsx("p",{children:r("mentoring.invite.intro")}),e.jsxs("form",{onSubmit:h,"aria-describedby":"invite-error",className:"form",id:"invitation-form",children:[e.jsx(I,{id:"invite-password",label:r("mentoring.invite.password"),type:"password",autoComplete:"new-password",value:l,set:u,describedBy:"password-rules"}),e.jsx(xe,{id:"password-rules"}),e.jsx(I,{id:"invite-confirm",label:r("mentoring.invite.confirm"),type:"password",autoComplete:"new-password",value:m,set:p}),d&&e.jsx("p",{className:"error",role:"alert",id:"invite-mismatch",children:r("mentoring.invite.mismatch")}),e.jsx(P,{error:w,id:"invite-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:j||!a,children:r("mentoring.invite.submit")})]})]}):e.jsx("p",{className:"error",role:"alert",children:r("error.noToken")})]})}const cs=[{page:"organizations",menu:{label:"mentoring.menu.organizations",show:Ve.organizations},render:({ctx:t})=>e.jsx(Zi,{ctx:t})},{page:"onboarding",menu:{label:"mentoring.menu.onboarding",show:Ve.onboarding},render:({ctx:t,search:n})=>e.jsx(is,{ctx:t,search:n})},{page:"access-request",menu:{label:"mentoring.menu.access",show:Ve["access-request"]},render:({ctx:t,rest:n})=>e.jsx(ss,{ctx:t,rest:n})},{page:"invitation",public:!0,mail:{path:"accept-invitation",title:"mentoring.invite.title"},render:({ctx:t,search:n})=>e.jsx(as,{ctx:t,search:n})}],ls=x(`
  query MemberSiretCheck($siret: String!) {
    siretCheck(siret: $siret) {
      valid
      normalized
      siren
      nic
      reason
    }
  }
`),us=x(`
  mutation MemberRegisterDepositor($input: DepositorRegistrationInput!) {
    registerDepositor(input: $input) {
      ok
    }
  }
`),ms=x(`
  query MemberMyEntity {
    me {
      id
      status
      roles
      entity {
        id
        name
        siret
        kind
        manager {
          id
          displayName
        }
        members(first: 50) {
          totalCount
          edges {
            node {
              id
              displayName
              status
            }
          }
        }
      }
    }
  }
`),ds=x(`
  query MemberPendingDepositors($first: Int) {
    pendingAccounts(first: $first) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          status
          createdAt
          entity {
            id
            name
          }
          documents {
            kind
            filename
            size
            signedOn
            url
          }
        }
      }
    }
  }
`),ps=x(`
  mutation MemberApproveAccount($id: ID!) {
    approveAccount(id: $id) {
      account {
        id
        status
      }
    }
  }
`),gs=x(`
  mutation MemberRejectAccount($id: ID!, $reason: String) {
    rejectAccount(id: $id, reason: $reason) {
      account {
        id
        status
      }
    }
  }
`),hs="356000000";function fs(t){return t.replace(/\s+/gu,"")}function ys(t){let n=0;for(let r=t.length-1;r>=0;r--){let i=t.charCodeAt(r)-48;(t.length-1-r)%2===1&&(i*=2,i>9&&(i-=9)),n+=i}return n%10===0}function bs(t){let n=0;for(const r of t)n+=r.charCodeAt(0)-48;return n}function js(t,n=!1){const r=fs(t);if(r==="")return{kind:"empty"};if(!/^[0-9]*$/.test(r)||r.length>14)return{kind:"bad",reason:"NOT_14_DIGITS"};if(r.length<14)return n?{kind:"bad",reason:"NOT_14_DIGITS"}:{kind:"typing",digits:r.length};const i=r.slice(0,9);return!ys(r)&&!(i===hs&&bs(r)%5===0)?{kind:"bad",reason:"CHECKSUM"}:{kind:"valid",normalized:r,siren:i,nic:r.slice(9)}}function _t(t){return/^[0-9]{14}$/.test(t)?`${t.slice(0,3)} ${t.slice(3,6)} ${t.slice(6,9)} ${t.slice(9)}`:t}function xs(t,n,r){const i=r.reduce((o,a)=>o+a,0);let s=Math.max(0,n-i);return r.map(o=>{const a=s;return s+=o,n>0&&t>=n?1:o===0?t>=a?1:0:Math.min(1,Math.max(0,(t-a)/o))})}function vs(t,n=3){const r=new Date(t.getFullYear(),t.getMonth()-n,t.getDate());return r.getDate()!==t.getDate()&&r.setDate(0),Qt(r)}function Qt(t){const n=r=>String(r).padStart(2,"0");return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function ws(t,n,r){const i=structuredClone(n),s={};r.forEach(([a,l],u)=>{const m=a.split(".");let p=i;for(const d of m.slice(0,-1))(typeof p[d]!="object"||p[d]===null)&&(p[d]={}),p=p[d];p[m[m.length-1]]=null,s[String(u)]=["variables."+a]});const o=new FormData;return o.append("operations",JSON.stringify({query:t,variables:i})),o.append("map",JSON.stringify(s)),r.forEach(([,a],l)=>{const u=a.name;typeof u=="string"?o.append(String(l),a,u):o.append(String(l),a)}),o}function Ns(t){const n=ws(dn(t.document),t.variables,t.files);return new Promise((r,i)=>{const s=new XMLHttpRequest;s.open("POST",Pt(t.space)),s.setRequestHeader("Accept-Language",t.lang),s.setRequestHeader("GraphQL-Preflight","1"),s.upload.onprogress=o=>{o.lengthComputable&&t.onProgress(o.loaded,o.total)},s.onload=()=>{try{r(JSON.parse(s.responseText))}catch{i(new Error("HTTP "+s.status))}},s.onerror=()=>i(new Error("network")),s.send(n)})}const Ss=["PUBLIC_ESTABLISHMENT","COMPANY","ASSOCIATION","BRANCH_BODY","OTHER"],Nt=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";function Ye({name:t,legend:n,value:r,set:i,yes:s,no:o,hint:a}){const{t:l}=b();return e.jsxs("fieldset",{className:"choice","aria-describedby":a?t+"-hint":void 0,children:[e.jsxs("legend",{children:[n," ",e.jsx("span",{className:"req",children:l("field.required")})]}),a&&e.jsx("p",{id:t+"-hint",className:"hint",children:a}),["yes","no"].map(u=>e.jsxs("label",{children:[e.jsx("input",{type:"radio",name:t,id:`${t}-${u}`,value:u,checked:r===u,onChange:()=>i(u),required:!0}),u==="yes"?s:o]},u))]})}function We(t){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:t.id,children:t.label}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,onChange:n=>t.set(n.target.value),autoComplete:t.autoComplete})]})}function ks({ctx:t}){const{t:n,lang:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState(""),[l,u]=c.useState(""),[m,p]=c.useState(""),[d,g]=c.useState(!1),[f,y]=c.useState(null),[j,w]=c.useState(""),[N,h]=c.useState(""),[q,E]=c.useState(""),[v,S]=c.useState(""),[A,k]=c.useState(""),[$,K]=c.useState(""),[X,Z]=c.useState(null),[ee,ce]=c.useState(""),[we,Ne]=c.useState(null),[de,Re]=c.useState(""),[ne,Te]=c.useState(""),[Se,Oe]=c.useState(""),[pe,L]=c.useState(""),[G,re]=c.useState(""),[le,Xt]=c.useState(""),[lt,ut]=c.useState(!1),[mt,Fe]=c.useState(null),[Zt,Le]=c.useState(null),[en,De]=c.useState(!1),[$e,tn]=c.useState(null),dt=c.useRef(null),pt=i==="yes"?"MINISTRY":i==="no"?o:"",W=js(m,d),ke=l==="yes",ze=pt==="PUBLIC_ESTABLISHMENT"||ee==="no",gt=c.useMemo(()=>new Date,[]),ht=vs(gt),ie=W.kind==="valid"?W.normalized:null;c.useEffect(()=>{if(!ie||f?.siret===ie)return;let T=!0;return t.client.query(ls,{siret:ie},{requestPolicy:"network-only"}).toPromise().then(H=>{const Q=H.data?.siretCheck;T&&Q&&y({siret:ie,valid:Q.valid,siren:Q.siren??null,nic:Q.nic??null,reason:Q.reason??null})}),()=>{T=!1}},[ie]);const _=ie&&f?.siret===ie?f:null,ft=W.kind==="bad"||_!==null&&!_.valid,yt=W.kind==="bad"?W.reason:_&&!_.valid?_.reason??"CHECKSUM":null,bt=()=>{const T=[];return X&&T.push(["input.legalExistenceProof",X]),we&&ze&&T.push(["input.mandateDelegation",we]),T},nn=async T=>{if(T.preventDefault(),Le(null),ke&&W.kind!=="valid"){g(!0),De(!0),dt.current?.focus();return}De(!1);const H={entityKind:pt||null,hasSiret:l===""?null:ke,entityName:j,nameOnLegalDocument:ee===""?null:ee==="yes",email:pe,password:le,firstName:ne,lastName:Se,locale:F(r)};ke?H.siret=m:H.address={line1:N,line2:q||null,postalCode:v,city:A,country:$||null},G.trim()&&(H.phone=G),ze&&de&&(H.mandateSignedOn=de);const Q=bt(),Be=Q.map(([,Ce])=>Ce.size);ut(!0),Fe(Be.map(()=>0));try{const Ce=await Ns({space:t.space,lang:r,document:us,variables:{input:H},files:Q,onProgress:(Ue,sn)=>Fe(xs(Ue,sn,Be))});Ce.errors?.length?Le({graphQLErrors:Ce.errors}):(Fe(Be.map(()=>1)),oe(localStorage,t.space),tn({email:pe,files:Q.map(([,Ue])=>Ue.name)}))}catch{Le({message:n("error.network"),networkError:new Error("network")})}finally{ut(!1)}};if($e)return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("cert.register.doneTitle")}),e.jsx("p",{className:"done",role:"status",children:n("cert.register.done",{email:$e.email})}),e.jsx("ul",{className:"cert-files",children:$e.files.map(T=>e.jsx("li",{children:e.jsxs("label",{children:[n("cert.upload.done",{name:T})," ",e.jsx("progress",{max:1,value:1})]})},T))}),e.jsx("p",{children:n("cert.register.doneNext")}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"resend",children:n("cert.register.resend")})})]});const rn=bt();return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("cert.register.title")}),e.jsx("p",{children:n("cert.register.intro")}),e.jsxs("form",{onSubmit:nn,"aria-describedby":"register-error",className:"form cert-register",children:[e.jsxs("fieldset",{className:"group",children:[e.jsx("legend",{children:n("cert.register.entity")}),e.jsx(Ye,{name:"ministry",legend:n("cert.register.ministry"),value:i,set:s,yes:n("cert.register.ministryYes"),no:n("cert.register.ministryNo"),hint:n("cert.register.ministryHint")}),i==="no"&&e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"entityKind",children:[n("cert.register.kind")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsxs("select",{id:"entityKind",value:o,onChange:T=>a(T.target.value),required:!0,children:[e.jsx("option",{value:"",children:n("cert.register.kindChoose")}),Ss.map(T=>e.jsx("option",{value:T,children:n("cert.kind."+T)},T))]})]}),e.jsx(Ye,{name:"hasSiret",legend:n("cert.register.hasSiret"),value:l,set:u,yes:n("cert.yes"),no:n("cert.no")}),ke&&e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"siret",children:[n("cert.register.siret")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{ref:dt,id:"siret",name:"siret",inputMode:"numeric",autoComplete:"off",value:m,onChange:T=>{p(T.target.value),De(!1)},onBlur:()=>g(!0),"aria-invalid":ft||void 0,"aria-describedby":"siret-hint siret-status",required:!0}),e.jsx("p",{id:"siret-hint",className:"hint",children:n("cert.register.siretHint")}),e.jsx("div",{id:"siret-status",children:ft&&yt?e.jsxs("p",{className:"error",role:"alert","data-testid":"siret-bad",children:[n("cert.siret."+yt),en&&e.jsxs(e.Fragment,{children:[" ",n("cert.siret.fixFirst")]})]}):W.kind==="typing"?e.jsx("p",{className:"hint",children:n("cert.siret.typing",{n:W.digits})}):W.kind==="valid"&&!_?e.jsx("p",{className:"hint",role:"status",children:n("cert.siret.checking")}):_?.valid?e.jsx("p",{className:"ok",role:"status","data-testid":"siret-found",children:n("cert.siret.found",{siren:_t(_.siret).slice(0,11),nic:_.nic??""})}):null})]}),l!==""&&e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"entityName",children:[n("cert.register.entityName")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:"entityName",name:"entityName",value:j,onChange:T=>w(T.target.value),autoComplete:"organization","aria-describedby":"entityName-hint",required:!0}),e.jsx("p",{id:"entityName-hint",className:"hint",children:n("cert.register.entityNameHint")})]}),l==="no"&&e.jsxs("fieldset",{className:"group",children:[e.jsx("legend",{children:n("cert.register.address")}),e.jsx(I,{id:"line1",label:n("cert.register.line1"),value:N,set:h,autoComplete:"address-line1"}),e.jsx(We,{id:"line2",label:n("cert.register.line2"),value:q,set:E,autoComplete:"address-line2"}),e.jsx(I,{id:"postalCode",label:n("cert.register.postalCode"),value:v,set:S,autoComplete:"postal-code"}),e.jsx(I,{id:"city",label:n("cert.register.city"),value:A,set:k,autoComplete:"address-level2"}),e.jsx(We,{id:"country",label:n("cert.register.country"),value:$,set:K,autoComplete:"country-name"})]})]}),e.jsxs("fieldset",{className:"group",children:[e.jsx("legend",{children:n("cert.register.documents")}),e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"legalExistenceProof",children:[n("cert.register.proof")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:"legalExistenceProof",name:"legalExistenceProof",type:"file",accept:Nt,onChange:T=>Z(T.target.files?.[0]??null),"aria-describedby":"proof-hint",required:!0}),e.jsx("p",{id:"proof-hint",className:"hint",children:n("cert.register.proofHint")})]}),e.jsx(Ye,{name:"nameOnDoc",legend:n("cert.register.nameOnDoc"),value:ee,set:ce,yes:n("cert.yes"),no:n("cert.no")}),ze&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"mandateDelegation",children:[n("cert.register.mandate")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:"mandateDelegation",name:"mandateDelegation",type:"file",accept:Nt,onChange:T=>Ne(T.target.files?.[0]??null),"aria-describedby":"mandate-hint",required:!0}),e.jsx("p",{id:"mandate-hint",className:"hint",children:n("cert.register.mandateHint")})]}),e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:"mandateSignedOn",children:[n("cert.register.mandateDate")," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:"mandateSignedOn",name:"mandateSignedOn",type:"date",min:ht,max:Qt(gt),value:de,onChange:T=>Re(T.target.value),"aria-describedby":"mandateSignedOn-hint",required:!0}),e.jsx("p",{id:"mandateSignedOn-hint",className:"hint",children:n("cert.register.mandateDateHint",{oldest:new Date(ht+"T12:00:00").toLocaleDateString(r==="fr"?"fr-FR":"en-GB",{day:"numeric",month:"long",year:"numeric"})})})]})]})]}),e.jsxs("fieldset",{className:"group",children:[e.jsx("legend",{children:n("cert.register.you")}),e.jsx(I,{id:"firstName",label:n("field.firstName"),autoComplete:"given-name",value:ne,set:Te}),e.jsx(I,{id:"lastName",label:n("field.lastName"),autoComplete:"family-name",value:Se,set:Oe}),e.jsx(I,{id:"email",label:n("field.email"),type:"email",autoComplete:"email",value:pe,set:L,describedBy:"email-hint"}),e.jsx("p",{id:"email-hint",className:"hint",children:n("cert.register.emailHint")}),e.jsx(We,{id:"phone",label:n("cert.register.phone"),type:"tel",autoComplete:"tel",value:G,set:re}),e.jsx(I,{id:"password",label:n("field.password"),type:"password",autoComplete:"new-password",value:le,set:Xt,describedBy:"password-rules"}),e.jsx(xe,{id:"password-rules"})]}),mt&&e.jsx("ul",{className:"cert-files","aria-live":"polite",children:rn.map(([,T],H)=>e.jsx("li",{children:e.jsxs("label",{children:[n("cert.upload.file",{name:T.name})," ",e.jsx("progress",{max:1,value:mt[H]??0})]})},T.name+H))}),e.jsx(P,{error:Zt,id:"register-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:lt,children:n(lt?"cert.register.sending":"cert.register.submit")})]}),e.jsxs("p",{children:[n("cert.register.haveAccount")," ",e.jsx(D,{ctx:t,page:"sign-in",children:n("link.signIn")})]})]})}function Cs({ctx:t}){const{t:n,lang:r}=b(),[i,s]=M({query:ms,requestPolicy:"network-only"}),o=i.data?.me?.roles.includes("entity-manager")??!1,[a,l]=M({query:ds,variables:{first:50},pause:!o,requestPolicy:"network-only"}),[u,m]=c.useState(null),[p,d]=c.useState({}),{busy:g,error:f,send:y}=O();c.useEffect(()=>{ae(i.error)==="UNAUTHENTICATED"&&(t.signedOut(),t.go("sign-in"))},[i.error]);const j=v=>new Date(v.length===10?v+"T12:00:00":v).toLocaleDateString(r==="fr"?"fr-FR":"en-GB",{day:"numeric",month:"long",year:"numeric"}),w=v=>(v<1024?`${v} o`:`${Math.round(v/1024)} ko`).replace(" o",r==="fr"?" o":" B").replace(" ko",r==="fr"?" ko":" KB"),N=async(v,S,A)=>{m(null);const k=p[v]?.trim()||null;(A?await y(()=>t.client.mutation(ps,{id:v}).toPromise()):await y(()=>t.client.mutation(gs,{id:v,reason:k}).toPromise()))&&(m({name:S,approved:A}),l({requestPolicy:"network-only"}),s({requestPolicy:"network-only"}))};if(!i.data?.me)return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("cert.entity.title")}),i.error?e.jsx(P,{error:i.error,id:"entity-error"}):e.jsx("p",{role:"status",children:n("state.loading")})]});const h=i.data.me.entity,q=(h?.members.edges??[]).flatMap(v=>v?.node?[v.node]:[]),E=(a.data?.pendingAccounts.edges??[]).flatMap(v=>v?.node?[v.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("cert.entity.title")}),h?e.jsxs(e.Fragment,{children:[e.jsxs("dl",{className:"cert-entity","data-testid":"entity",children:[e.jsx("dt",{children:n("cert.entity.name")}),e.jsx("dd",{children:h.name}),e.jsx("dt",{children:n("cert.entity.siret")}),e.jsx("dd",{children:h.siret?_t(h.siret):n("cert.entity.noSiret")}),e.jsx("dt",{children:n("cert.entity.kind")}),e.jsx("dd",{children:n("cert.kind."+h.kind)}),e.jsx("dt",{children:n("cert.entity.manager")}),e.jsx("dd",{children:h.manager?.displayName??n("cert.entity.noManager")}),e.jsx("dt",{children:n("cert.entity.you")}),e.jsxs("dd",{children:[n(o?"cert.entity.youManager":"cert.entity.youDepositor")," · ",n("cert.status."+i.data.me.status)]})]}),e.jsxs("table",{className:"cert-members","data-testid":"members",children:[e.jsx("caption",{children:n("cert.entity.members")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("cert.entity.member")}),e.jsx("th",{scope:"col",children:n("cert.entity.status")})]})}),e.jsx("tbody",{children:q.map(v=>e.jsxs("tr",{"data-testid":"member",children:[e.jsx("td",{children:v.displayName}),e.jsx("td",{children:n("cert.status."+v.status)})]},v.id))})]})]}):e.jsx("p",{children:n("cert.entity.none")}),o&&e.jsxs("section",{"aria-labelledby":"pending-title",children:[e.jsx("h2",{id:"pending-title",children:n("cert.entity.pending")}),u&&e.jsx(R,{children:n(u.approved?"cert.entity.approved":"cert.entity.rejected",{name:u.name})}),e.jsx(P,{error:f??a.error??null,id:"approve-error"}),a.fetching&&!a.data?e.jsx("p",{role:"status",children:n("state.loading")}):E.length===0?e.jsx("p",{children:n("cert.entity.noPending")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n("cert.entity.pendingIntro")}),e.jsx("ul",{className:"cert-pending",children:E.map(v=>e.jsxs("li",{"data-testid":"pending-depositor",children:[e.jsx("h3",{children:v.displayName}),e.jsxs("p",{children:[v.email," · ",n("cert.entity.requested",{date:j(v.createdAt)})]}),v.documents.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"cert-docs-title",children:n("cert.entity.documents")}),e.jsx("ul",{children:v.documents.map((S,A)=>e.jsxs("li",{children:[n("cert.doc."+S.kind),r==="fr"?" : ":": ",e.jsx(Ie,{ctx:t,url:S.url,filename:S.filename,className:"download",children:S.filename})," ","(",w(S.size),")",S.signedOn&&e.jsxs(e.Fragment,{children:[", ",n("cert.doc.signedOn",{date:j(S.signedOn)})]})]},A))})]}),e.jsx("button",{type:"button",className:"primary",disabled:g,onClick:()=>N(v.id,v.displayName,!0),children:n("cert.entity.approve",{name:v.displayName})}),e.jsxs("details",{className:"cert-reject",children:[e.jsx("summary",{children:n("cert.entity.rejectOpen")}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"reason-"+v.id,children:n("cert.entity.reason")}),e.jsx("textarea",{id:"reason-"+v.id,rows:3,value:p[v.id]??"",onChange:S=>d(A=>({...A,[v.id]:S.target.value}))})]}),e.jsx("button",{type:"button",className:"secondary",disabled:g,onClick:()=>N(v.id,v.displayName,!1),children:n("cert.entity.reject",{name:v.displayName})})]})]},v.id))})]})]})]})}const Ps=t=>t.includes("entities"),Es=[{page:"register",public:!0,signUpFor:"entities",render:({ctx:t})=>e.jsx(ks,{ctx:t})},{page:"entity",menu:{label:"cert.menu.entity",show:t=>Ps(t.modules)&&(t.roles.includes("entity-manager")||t.roles.includes("depositor"))},render:({ctx:t})=>e.jsx(Cs,{ctx:t})}],be=[...Rr,...Oi,...cs,...Es],Jt={pages:be.map(t=>t.page),mail:Object.fromEntries(be.filter(t=>t.mail).map(t=>[t.mail.path.replace(/^\//,""),t.page]))};function Ae(t){return be.find(n=>n.page===t)}function Kt(t){return be.find(n=>n.signUpFor&&t.includes(n.signUpFor))?.page??"sign-up"}function As(){return e.jsx(Hn,{children:e.jsx(qs,{})})}function Ms(){const[t,n]=c.useState(()=>[location.pathname,location.search]);c.useEffect(()=>{const i=()=>n([location.pathname,location.search]);return window.addEventListener("popstate",i),()=>window.removeEventListener("popstate",i)},[]);const r=c.useCallback(i=>{history.pushState(null,"",i),n([location.pathname,location.search])},[]);return[t[0],t[1],r]}const _e="guichet.member.forced";function qs(){const{lang:t}=b(),[n,r,i]=Ms(),s=Rt(n,Jt),o=c.useRef(t);o.current=t;const[a,l]=c.useState(0),[u,m]=c.useState(()=>{try{return JSON.parse(sessionStorage.getItem(_e)??"null")}catch{return null}}),p=c.useCallback(N=>{N?sessionStorage.setItem(_e,JSON.stringify(N)):sessionStorage.removeItem(_e),m(N)},[]),d=s.space,g=c.useMemo(()=>d?pn(sessionStorage,d):null,[d,a]),f=c.useMemo(()=>se(d,g,()=>o.current),[d,g]);if(c.useEffect(()=>{document.getElementById("page-title")?.focus()},[n]),!d)return e.jsx(Ls,{page:s.page,search:r,navigate:i});const y={space:d,token:g,client:f,go:(N,h="")=>i(U(d,N)+h),signedIn:N=>{oe(localStorage,d),yn(sessionStorage,d,N),l(h=>h+1)},signedOut:()=>{fn(sessionStorage,d),l(N=>N+1)},forced:u,setForced:p};let j=s.page;const w=Ae(j);return(Yn.includes(j)||w&&!w.public)&&!g&&(j="sign-in"),g&&u&&j!=="password"&&(j="password"),e.jsx(gn,{value:f,children:e.jsx(Is,{ctx:y,pathname:n,children:e.jsx(Ts,{ctx:y,page:j,rest:s.rest??[],search:r})})})}function Is({ctx:t,pathname:n,children:r}){const{t:i,lang:s}=b(),[o]=M({query:Ze,variables:{locale:F(s)}}),a=o.data?.space.name??t.space,[l,u]=M({query:Xe,pause:!t.token||!!t.forced}),m=c.useRef(!0);c.useEffect(()=>{if(m.current){m.current=!1;return}t.token&&!t.forced&&u({requestPolicy:"network-only"})},[n]);const p={roles:l.data?.me?.roles??[],modules:o.data?.space.modules??[],status:l.data?.me?.status??null};c.useEffect(()=>{document.title=`${i("app.title")} · ${a}`},[i,a]);const d=async()=>{await t.client.mutation(jn,{}).toPromise(),t.signedOut(),t.setForced(null),t.go("sign-in")};return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:i("nav.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"bar",children:[e.jsx("a",{className:"brand",href:jt(t.space,s),children:a}),e.jsx(Rs,{}),t.token&&e.jsx("button",{type:"button",className:"link",onClick:d,children:i("signOut")})]}),e.jsx("nav",{"aria-label":i("nav.label"),className:"sections",children:e.jsxs("ul",{children:[e.jsx("li",{children:e.jsx("a",{href:jt(t.space,s),children:i("nav.help")})}),t.token&&!t.forced?[["","menu.home"],["profile","menu.profile"],["password","menu.password"],["email","menu.email"]].concat(be.filter(g=>g.menu?.show(p)).map(g=>[g.page,g.menu.label])).map(([g,f])=>e.jsx(Qe,{ctx:t,page:g,label:i(f)},g)):t.token?null:e.jsxs(e.Fragment,{children:[e.jsx(Qe,{ctx:t,page:"sign-in",label:i("link.signIn")}),e.jsx(Qe,{ctx:t,page:Kt(p.modules),label:i("link.signUp")})]})]})})]}),e.jsx("main",{id:"main",children:r})]})}function Qe({ctx:t,page:n,label:r}){const i=U(t.space,n),s=Rt(location.pathname,Jt).page===n;return e.jsx("li",{children:e.jsx("a",{href:i,"aria-current":s?"page":void 0,onClick:o=>{o.preventDefault(),t.go(n)},children:r})})}function Rs(){const{lang:t,setLang:n,t:r}=b();return e.jsx("div",{className:"langs",role:"group","aria-label":r("lang.choose"),children:bn.map(i=>e.jsx("button",{type:"button",lang:i,"aria-pressed":t===i,onClick:()=>n(i),title:r("lang."+i),children:i.toUpperCase()},i))})}function Ts({ctx:t,page:n,rest:r,search:i}){switch(n){case"sign-in":return e.jsx(Os,{ctx:t});case"sign-up":return e.jsx(Fs,{ctx:t});case"resend":return e.jsx(St,{ctx:t,kind:"resend"});case"forgot":return e.jsx(St,{ctx:t,kind:"forgot"});case"activate":case"confirm-email":return e.jsx(Ds,{ctx:t,page:n,search:i});case"reset-password":return e.jsx($s,{ctx:t,search:i});case"":case"profile":case"password":case"email":return e.jsx(zs,{ctx:t,page:n});default:{const s=Ae(n);return s?e.jsx(e.Fragment,{children:s.render({ctx:t,rest:r,search:i})}):e.jsx(Me,{})}}}function Os({ctx:t}){const{t:n,lang:r}=b(),[i]=M({query:Ze,variables:{locale:F(r)}}),[s,o]=c.useState(""),[a,l]=c.useState(""),{busy:u,error:m,send:p}=O(),d=async g=>{g.preventDefault();const f=await p(()=>t.client.mutation(At,{email:s,password:a}).toPromise());f&&(t.setForced(f.login.passwordResetRequired?{email:s}:null),t.signedIn(f.login.token),t.go(f.login.passwordResetRequired?"password":""))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("signIn.title")}),e.jsxs("form",{onSubmit:d,"aria-describedby":"signin-error",className:"form",children:[e.jsx(I,{id:"email",label:n("field.email"),type:"email",autoComplete:"username",value:s,set:o}),e.jsx(I,{id:"password",label:n("field.password"),type:"password",autoComplete:"current-password",value:a,set:l}),e.jsx(P,{error:m,id:"signin-error"}),ae(m)==="ACCOUNT_NOT_ACTIVE"&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:"resend",children:n("signIn.resend")})}),e.jsx("button",{type:"submit",className:"primary",disabled:u,children:n("signIn.submit")})]}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"forgot",children:n("signIn.forgot")})}),e.jsxs("p",{children:[n("signIn.noAccount")," ",e.jsx(D,{ctx:t,page:Kt(i.data?.space.modules??[]),children:n("link.signUp")})]})]})}function Fs({ctx:t}){const{t:n,lang:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState(""),[l,u]=c.useState(""),[m,p]=c.useState(""),[d,g]=c.useState(null),{busy:f,error:y,send:j}=O(),w=async N=>{N.preventDefault(),await j(()=>t.client.mutation(wn,{input:{email:l,password:m,firstName:i,lastName:o,locale:F(r)}}).toPromise())&&(oe(localStorage,t.space),g(l))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:n("signUp.title")}),d?e.jsx(R,{children:n("signUp.done",{email:d})}):e.jsxs("form",{onSubmit:w,"aria-describedby":"signup-error",className:"form",children:[e.jsx(I,{id:"firstName",label:n("field.firstName"),autoComplete:"given-name",value:i,set:s}),e.jsx(I,{id:"lastName",label:n("field.lastName"),autoComplete:"family-name",value:o,set:a}),e.jsx(I,{id:"email",label:n("field.email"),type:"email",autoComplete:"email",value:l,set:u}),e.jsx(I,{id:"password",label:n("field.password"),type:"password",autoComplete:"new-password",value:m,set:p,describedBy:"password-rules"}),e.jsx(xe,{id:"password-rules"}),e.jsx(P,{error:y,id:"signup-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:n("signUp.submit")})]}),e.jsxs("p",{children:[n("signUp.haveAccount")," ",e.jsx(D,{ctx:t,page:"sign-in",children:n("link.signIn")})]})]})}function St({ctx:t,kind:n}){const{t:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState(!1),{busy:l,error:u,send:m}=O(),p=async d=>{d.preventDefault(),(n==="resend"?await m(()=>t.client.mutation(xn,{email:i}).toPromise()):await m(()=>t.client.mutation(Nn,{email:i}).toPromise()))&&(oe(localStorage,t.space),a(!0))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r(n==="resend"?"resend.title":"forgot.title")}),o?e.jsx(R,{children:r(n==="resend"?"resend.done":"forgot.done")}):e.jsxs("form",{onSubmit:p,"aria-describedby":n+"-error",className:"form",children:[e.jsx(I,{id:"email",label:r("field.email"),type:"email",autoComplete:"email",value:i,set:s}),e.jsx(P,{error:u,id:n+"-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:r(n==="resend"?"resend.submit":"forgot.submit")})]}),e.jsx("p",{children:e.jsx(D,{ctx:t,page:"sign-in",children:r("link.signIn")})})]})}function Ls({page:t,search:n,navigate:r}){const{t:i,lang:s}=b(),[o,a]=c.useState(null),l=c.useRef(!1),u=je(n);return c.useEffect(()=>{l.current||!u||t==="not-found"||(l.current=!0,(async()=>{const p=await se(null,null,s).query(Et,{locale:F(s)}).toPromise();if(p.error||!p.data){a(p.error??null);return}const d=Tt(p.data.spaces.map(y=>y.slug),hn(localStorage)),g=Ae(t)?.mail;if(t==="reset-password"||g&&!g.run){r(U(d[0]??"",t)+n);return}const f=await et(d,y=>{const j=se(y,null,s);return g?.run?g.run(j,u):t==="activate"?j.mutation(Mt,{token:u}).toPromise():j.mutation(qt,{token:u}).toPromise()},y=>ae(y.error));f.space&&f.result?(sessionStorage.setItem("guichet.member.result",JSON.stringify({data:f.result.data??null,message:f.result.error?Ct(f.result.error,""):null})),r(U(f.space,t)+"?done=1")):a(f.result?.error??null)})())},[u,t,n,s,r]),e.jsxs("main",{id:"main",children:[e.jsx("h1",{id:"page-title",tabIndex:-1,children:i(Ae(t)?.mail?.title??(t==="activate"?"activate.title":t==="confirm-email"?"confirmEmail.title":t==="reset-password"?"reset.title":"error.notFoundTitle"))}),t==="not-found"?e.jsx("p",{children:i("error.notFound")}):u?o?e.jsx(P,{error:o,id:"link-error"}):e.jsx("p",{role:"status",children:i("activate.working")}):e.jsx("p",{className:"error",role:"alert",children:i("error.noToken")})]})}function Ds({ctx:t,page:n,search:r}){const{t:i}=b(),[s,o]=c.useState(null),[a,l]=c.useState(null),[u,m]=c.useState(null),[p,d]=c.useState(null),g=c.useRef(!1);return c.useEffect(()=>{if(g.current)return;g.current=!0;const f=j=>{const w=j;w?.activateAccount&&o(w.activateAccount.account.status),w?.confirmEmailChange&&l(w.confirmEmailChange.account.email)};if(new URLSearchParams(r).get("done")){const j=JSON.parse(sessionStorage.getItem("guichet.member.result")??"null");sessionStorage.removeItem("guichet.member.result"),j?.message?m(j.message):f(j?.data);return}const y=je(r);if(!y){m(i("error.noToken"));return}(async()=>{const j=n==="activate"?await t.client.mutation(Mt,{token:y}).toPromise():await t.client.mutation(qt,{token:y}).toPromise();j.error?d(j.error):f(j.data)})()},[]),e.jsxs(e.Fragment,{children:[e.jsx(C,{children:i(n==="activate"?"activate.title":"confirmEmail.title")}),u?e.jsx("p",{className:"error",role:"alert",children:u}):p?e.jsx(P,{error:p,id:"link-error"}):s?e.jsx(R,{children:i(s==="ACTIVE"?"activate.active":"activate.pending")}):a?e.jsx(R,{children:i("confirmEmail.done",{email:a})}):e.jsx("p",{role:"status",children:i("activate.working")}),(s==="ACTIVE"||a)&&!t.token&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:"sign-in",children:i("link.signIn")})}),a&&t.token&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:"",children:i("link.account")})})]})}function $s({ctx:t,search:n}){const{t:r,lang:i}=b(),s=je(n),[o,a]=c.useState(""),[l,u]=c.useState(!1),{busy:m,error:p,send:d}=O(),g=async f=>{if(f.preventDefault(),!s)return;await d(async()=>{const j=await se(null,null,i).query(Et,{}).toPromise(),w=Tt(j.data?.spaces.map(h=>h.slug)??[],t.space),N=await et(w,h=>(h===t.space?t.client:se(h,null,i)).mutation(Sn,{token:s,newPassword:o}).toPromise(),h=>ae(h.error));return N.space&&N.space!==t.space&&history.replaceState(null,"",U(N.space,"reset-password")),N.result??{error:void 0,data:void 0}})&&u(!0)};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("reset.title")}),s?l?e.jsx(R,{children:r("reset.done")}):e.jsxs("form",{onSubmit:g,"aria-describedby":"reset-error",className:"form",children:[e.jsx(I,{id:"newPassword",label:r("field.newPassword"),type:"password",autoComplete:"new-password",value:o,set:a,describedBy:"password-rules"}),e.jsx(xe,{id:"password-rules"}),e.jsx(P,{error:p,id:"reset-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:r("reset.submit")})]}):e.jsx("p",{className:"error",role:"alert",children:r("error.noToken")}),(l||!s)&&e.jsx("p",{children:e.jsx(D,{ctx:t,page:"sign-in",children:r("link.signIn")})})]})}function zs({ctx:t,page:n}){const{t:r}=b(),[i,s]=M({query:Xe,requestPolicy:"network-only"});if(c.useEffect(()=>{ae(i.error)==="UNAUTHENTICATED"&&(t.signedOut(),t.go("sign-in"))},[i.error]),n==="password")return e.jsx(Bs,{ctx:t,email:i.data?.me?.email??t.forced?.email??null});if(!i.data?.me)return i.error?e.jsx(P,{error:i.error,id:"me-error"}):e.jsx("p",{role:"status",children:r("state.loading")});const o=i.data.me;return n==="profile"?e.jsx(Us,{ctx:t,me:o,refetch:()=>s({requestPolicy:"network-only"})}):n==="email"?e.jsx(Gs,{ctx:t,current:o.email}):e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("home.title")}),e.jsx("p",{children:r("home.hello",{name:o.displayName})}),e.jsx("p",{children:r("home.email",{email:o.email})}),e.jsx(Ot,{ctx:t})]})}function Bs({ctx:t,email:n}){const{t:r,lang:i}=b(),[s,o]=c.useState(""),[a,l]=c.useState(""),[u,m]=c.useState(!1),{busy:p,error:d,send:g}=O(),f=async y=>{if(y.preventDefault(),!await g(()=>t.client.mutation(kn,{currentPassword:s,newPassword:a}).toPromise()))return;const w=n?await se(t.space,null,i).mutation(At,{email:n,password:a}).toPromise():null;t.forced&&t.go("password"),t.setForced(null),w?.data?t.signedIn(w.data.login.token):t.signedOut(),m(!0),o(""),l("")};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("password.title")}),t.forced&&e.jsx("p",{className:"notice",children:r("password.forced")}),u&&e.jsx(R,{children:r("password.done")}),e.jsxs("form",{onSubmit:f,"aria-describedby":"password-error",className:"form",children:[e.jsx(I,{id:"currentPassword",label:r("field.currentPassword"),type:"password",autoComplete:"current-password",value:s,set:o}),e.jsx(I,{id:"newPassword",label:r("field.newPassword"),type:"password",autoComplete:"new-password",value:a,set:l,describedBy:"password-rules"}),e.jsx(xe,{id:"password-rules"}),e.jsx(P,{error:d,id:"password-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:p,children:r("password.submit")})]})]})}function Us({ctx:t,me:n,refetch:r}){const{t:i,setLang:s}=b(),[o,a]=c.useState(n.firstName),[l,u]=c.useState(n.lastName),[m,p]=c.useState(n.locale),[d,g]=c.useState(!1),{busy:f,error:y,send:j}=O(),w=async N=>{N.preventDefault(),g(!1);const h=await j(()=>t.client.mutation(Cn,{input:{firstName:o,lastName:l,locale:m}}).toPromise());h&&(s(h.updateProfile.account.locale.toLowerCase()),g(!0),r())};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:i("profile.title")}),e.jsxs("form",{onSubmit:w,"aria-describedby":"profile-error",className:"form",children:[e.jsx(I,{id:"firstName",label:i("field.firstName"),autoComplete:"given-name",value:o,set:a}),e.jsx(I,{id:"lastName",label:i("field.lastName"),autoComplete:"family-name",value:l,set:u}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"locale",children:i("field.locale")}),e.jsxs("select",{id:"locale",value:m,onChange:N=>p(N.target.value),children:[e.jsx("option",{value:"FR",lang:"fr",children:"Français"}),e.jsx("option",{value:"EN",lang:"en",children:"English"})]})]}),e.jsx(P,{error:y,id:"profile-error"}),d&&e.jsx(R,{children:i("profile.done")}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:i("profile.submit")})]})]})}function Gs({ctx:t,current:n}){const{t:r}=b(),[i,s]=c.useState(""),[o,a]=c.useState(""),[l,u]=c.useState(null),{busy:m,error:p,send:d}=O(),g=async f=>{f.preventDefault(),await d(()=>t.client.mutation(Pn,{newEmail:i,password:o}).toPromise())&&(oe(localStorage,t.space),u(i),a(""))};return e.jsxs(e.Fragment,{children:[e.jsx(C,{children:r("email.title")}),e.jsx("p",{children:r("email.current",{email:n})}),l?e.jsx(R,{children:r("email.done",{email:l})}):e.jsxs("form",{onSubmit:g,"aria-describedby":"email-error",className:"form",children:[e.jsx(I,{id:"newEmail",label:r("field.newEmail"),type:"email",autoComplete:"email",value:i,set:s}),e.jsx(I,{id:"password",label:r("field.currentPassword"),type:"password",autoComplete:"current-password",value:o,set:a}),e.jsx(P,{error:p,id:"email-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:r("email.submit")})]})]})}vn.createRoot(document.getElementById("root")).render(e.jsx(As,{}));
