import{a_ as x,r as c,a$ as me,j as e,b0 as qe,b1 as Pe,e as de,b as N,t as E,b2 as Ee,b3 as U,b4 as Me,m as O,f as Fe,S as pe,b5 as Ie,b6 as Re,b7 as z,b8 as Ae,aX as Le,aY as $e,ax as Te,L as ye,aZ as Oe}from"./ops-pjMq907l.js";const he=x(`
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
`),Be=x(`
  query MemberSpace($locale: Locale) {
    space {
      slug
      name(locale: $locale)
      modules
    }
  }
`),De=x(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
    }
  }
`),ge=x(`
  mutation ActivateAccount($token: String!) {
    activateAccount(token: $token) {
      account {
        id
        email
        status
      }
    }
  }
`),Ge=x(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Ue=x(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      account {
        id
        status
      }
    }
  }
`),Ve=x(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`),Ye=x(`
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
`),_e=x(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password) {
      ok
    }
  }
`),fe=x(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      account {
        id
        email
      }
    }
  }
`),He=x(`
  query PasswordPolicy {
    passwordPolicy {
      description
    }
  }
`),Qe={},ze={},We={"community.menu.community":"Communauté","community.menu.resources":"Ressources","community.menu.pros":"Pros","community.menu.peers":"Validation par les pairs","community.menu.help":"Aide","community.belt.WHITE":"Blanche","community.belt.YELLOW":"Jaune","community.belt.ORANGE":"Orange","community.belt.GREEN":"Verte","community.belt.BLUE":"Bleue","community.belt.label":"Ceinture {belt}","community.belt.none":"Sans ceinture","community.lang.FR":"français","community.lang.EN":"anglais","community.more":"Afficher la suite","community.back":"Retour","community.empty":"Rien pour le moment.","community.title":"Communauté","community.nav":"Rubriques de la communauté","community.nav.news":"Actualités","community.nav.groups":"Groupes locaux","community.nav.directory":"Annuaire","community.nav.profile":"Ma fiche dans l’annuaire","community.nav.indicators":"Indicateurs","community.news.title":"Actualités de la communauté","community.news.count":"{n} actualité(s)","community.news.published":"Publié le {date}","community.news.notFound":"Cette actualité n’existe pas ou ne vous est pas ouverte.","community.groups.title":"Groupes locaux","community.groups.intro":"Retrouvez les animateurs de votre ville ou de votre région, et les ateliers publics qui s’y préparent.","community.groups.members":"{n} membre(s)","community.groups.youAreMember":"Vous en êtes membre","community.groups.where":"{city}, {region}","community.group.notFound":"Ce groupe local n’existe pas.","community.group.coordinators":"Coordination","community.group.noCoordinator":"Personne n’est encore nommé à la coordination.","community.group.membersTitle":"Membres ({n})","community.group.workshops":"Prochains ateliers publics à {city}","community.group.noWorkshop":"Aucun atelier public prévu dans cette ville pour le moment.","community.group.join":"Rejoindre ce groupe","community.group.leave":"Quitter ce groupe","community.group.joined":"Vous avez rejoint le groupe « {name} ».","community.group.left":"Vous avez quitté le groupe « {name} ».","community.directory.title":"Annuaire des animateurs","community.directory.intro":"Seuls les animateurs qui ont choisi d’y figurer apparaissent, avec ce qu’ils ont choisi de partager.","community.directory.search":"Nom ou prénom","community.directory.city":"Ville","community.directory.belt":"Ceinture","community.directory.anyBelt":"Toutes les ceintures","community.directory.submit":"Rechercher","community.directory.count":"{n} animateur(s) trouvé(s)","community.directory.shown":"{shown} affiché(s) sur {total}","community.directory.none":"Aucun animateur ne correspond à cette recherche.","community.directory.languages":"Anime en : {langs}","community.directory.workshops":"{n} atelier(s) animé(s)","community.directory.contact":"Écrire à {email}","community.profile.title":"Ma fiche dans l’annuaire","community.profile.intro":"Choisissez si vous apparaissez dans l’annuaire et ce que vos pairs y voient. Votre nom, votre ceinture et vos ateliers animés y figurent toujours quand vous y êtes.","community.profile.listed":"Apparaître dans l’annuaire","community.profile.city":"Ville (facultatif)","community.profile.languages":"Langues dans lesquelles j’anime","community.profile.bioFr":"Présentation en français (facultatif)","community.profile.bioEn":"Présentation en anglais (facultatif)","community.profile.left":"{n} caractère(s) restant(s)","community.profile.showEmail":"Montrer mon adresse e-mail à mes pairs","community.profile.submit":"Enregistrer ma fiche","community.profile.saved":"Votre fiche est enregistrée.","community.indicators.title":"Indicateurs de la communauté","community.indicators.facilitators":"Animateurs","community.indicators.workshops":"Ateliers déclarés","community.indicators.participants":"Participants touchés","community.indicators.byBelt":"Animateurs par ceinture","community.indicators.beltCol":"Ceinture","community.indicators.countCol":"Nombre","community.toolbox.title":"Ressources","community.toolbox.intro":"Les documents et guides que l’espace met à disposition des animateurs.","community.toolbox.download":"Télécharger {name}","community.toolbox.open":"Ouvrir {name}","community.toolbox.guides":"Guides de la rubrique","community.toolbox.none":"Aucune ressource n’est publiée pour le moment.","community.toolbox.failed":"Le téléchargement a échoué. Réessayez.","community.pros.title":"Ateliers professionnels","community.pros.intro":"Les ateliers destinés à des professionnels qui cherchent un animateur. Ils sont ouverts aux ceintures que l’espace a choisies.","community.pros.none":"Aucun atelier professionnel ne vous est ouvert pour le moment.","community.pros.when":"{date} · {place}","community.pros.online":"en ligne","community.pros.message":"Message à l’organisateur pour « {title} » (facultatif)","community.pros.apply":"Proposer de co-animer","community.pros.applied":"Votre candidature pour « {title} » est envoyée à son organisateur.","community.peers.title":"Validation par les pairs","community.peers.intro":"Les ceintures verte et bleue s’obtiennent par cooptation : des animateurs qui ont déjà cette ceinture, ou une plus haute, confirment votre expérience.","community.peers.mine":"Mon parcours","community.peers.myBelt":"Votre ceinture : {belt}","community.peers.next":"Prochaine ceinture : {belt}","community.peers.top":"Vous avez la ceinture la plus haute.","community.peers.req.WORKSHOPS":"Ateliers déclarés : {progress} sur {target}","community.peers.req.CO_OPTATIONS":"Cooptations : {progress} sur {target}","community.peers.met":"(atteint)","community.peers.ask":"Demander la cooptation pour la ceinture {belt}","community.peers.asked":"Votre demande de ceinture {belt} est ouverte : les animateurs de cette ceinture ou d’une plus haute peuvent maintenant vous coopter.","community.peers.alreadyAsked":"Votre demande pour cette ceinture est déjà ouverte.","community.peers.cannotAsk":"La prochaine ceinture ne s’obtient pas par cooptation : continuez à déclarer vos ateliers.","community.peers.request":"Votre demande de ceinture {belt} du {date} : {n} cooptation(s) sur {required}.","community.peers.status.OPEN":"Elle reste ouverte aux animateurs de cette ceinture ou d’une plus haute.","community.peers.status.GRANTED":"Elle est accordée.","community.peers.received":"Cooptations reçues","community.peers.noneReceived":"Aucune cooptation pour le moment.","community.peers.by":"{name} ({belt}), le {date}, pour la ceinture {for}","community.peers.toCoOpt":"Demandes que vous pouvez coopter","community.peers.noRequest":"Aucune demande en attente de votre cooptation.","community.peers.candidate":"Ceinture {belt} · {n} atelier(s) animé(s)","community.peers.wants":"Demande la ceinture {belt}","community.peers.sofar":"Cooptations : {n} sur {required}","community.peers.sofarBy":"Déjà cooptée par : {names}","community.peers.comment":"Commentaire pour {name} (facultatif)","community.peers.coOpt":"Coopter {name}","community.peers.coOpted":"Vous avez coopté {name}.","community.peers.raised":"{name} obtient la ceinture {belt}.","community.peers.coOptRule":"Vous pouvez coopter pour votre ceinture ou une ceinture inférieure, une fois par demande.","community.help.title":"Aide","community.help.nav":"Rubriques de l’aide","community.help.nav.guides":"Guides","community.help.nav.faq":"Questions fréquentes","community.help.nav.contact":"Nous écrire","community.help.search":"Rechercher dans l’aide","community.help.searchHint":"Les résultats s’affichent pendant la saisie.","community.help.results":"{n} résultat(s)","community.help.noResult":"Aucun résultat pour cette recherche.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Ressource","community.help.kind.News":"Actualité","community.help.restricted":"Réservé aux animateurs","community.help.restrictedTo":"Réservé aux membres de l’espace","community.help.guideNotFound":"Ce guide n’existe pas ou ne vous est pas ouvert.","community.help.attachments":"Fichiers joints","community.help.faqTitle":"Questions fréquentes","community.help.contactTitle":"Nous écrire","community.help.contactIntro":"Une question sur votre compte ou votre parcours ? L’équipe support vous répond par e-mail.","community.help.name":"Votre nom","community.help.email":"Votre adresse e-mail","community.help.subject":"Sujet","community.help.message":"Votre message","community.help.send":"Envoyer","community.help.sent":"Votre message est envoyé au support. Vous recevrez la réponse à {email}.","community.help.required":"(obligatoire)"},Je={"community.menu.community":"Community","community.menu.resources":"Resources","community.menu.pros":"Pros","community.menu.peers":"Peer validation","community.menu.help":"Help","community.belt.WHITE":"White","community.belt.YELLOW":"Yellow","community.belt.ORANGE":"Orange","community.belt.GREEN":"Green","community.belt.BLUE":"Blue","community.belt.label":"{belt} belt","community.belt.none":"No belt","community.lang.FR":"French","community.lang.EN":"English","community.more":"Show more","community.back":"Back","community.empty":"Nothing yet.","community.title":"Community","community.nav":"Community sections","community.nav.news":"News","community.nav.groups":"Local groups","community.nav.directory":"Directory","community.nav.profile":"My directory entry","community.nav.indicators":"Indicators","community.news.title":"Community news","community.news.count":"{n} post(s)","community.news.published":"Published on {date}","community.news.notFound":"This post does not exist or is not open to you.","community.groups.title":"Local groups","community.groups.intro":"Meet the facilitators of your city or region, and the public workshops being prepared there.","community.groups.members":"{n} member(s)","community.groups.youAreMember":"You are a member","community.groups.where":"{city}, {region}","community.group.notFound":"This local group does not exist.","community.group.coordinators":"Coordinators","community.group.noCoordinator":"Nobody has been named coordinator yet.","community.group.membersTitle":"Members ({n})","community.group.workshops":"Upcoming public workshops in {city}","community.group.noWorkshop":"No public workshop is planned in this city yet.","community.group.join":"Join this group","community.group.leave":"Leave this group","community.group.joined":"You joined the group “{name}”.","community.group.left":"You left the group “{name}”.","community.directory.title":"Facilitator directory","community.directory.intro":"Only the facilitators who chose to appear are listed, with what they chose to share.","community.directory.search":"First or last name","community.directory.city":"City","community.directory.belt":"Belt","community.directory.anyBelt":"Any belt","community.directory.submit":"Search","community.directory.count":"{n} facilitator(s) found","community.directory.shown":"{shown} shown out of {total}","community.directory.none":"No facilitator matches this search.","community.directory.languages":"Facilitates in: {langs}","community.directory.workshops":"{n} workshop(s) run","community.directory.contact":"Write to {email}","community.profile.title":"My directory entry","community.profile.intro":"Choose whether you appear in the directory and what your peers see there. Your name, belt and workshops run always show while you are listed.","community.profile.listed":"Appear in the directory","community.profile.city":"City (optional)","community.profile.languages":"Languages I facilitate in","community.profile.bioFr":"Presentation in French (optional)","community.profile.bioEn":"Presentation in English (optional)","community.profile.left":"{n} character(s) left","community.profile.showEmail":"Show my e-mail address to my peers","community.profile.submit":"Save my entry","community.profile.saved":"Your entry is saved.","community.indicators.title":"Community indicators","community.indicators.facilitators":"Facilitators","community.indicators.workshops":"Workshops reported","community.indicators.participants":"Participants reached","community.indicators.byBelt":"Facilitators by belt","community.indicators.beltCol":"Belt","community.indicators.countCol":"Count","community.toolbox.title":"Resources","community.toolbox.intro":"The documents and guides the space offers its facilitators.","community.toolbox.download":"Download {name}","community.toolbox.open":"Open {name}","community.toolbox.guides":"Guides of this category","community.toolbox.none":"No resource is published yet.","community.toolbox.failed":"The download failed. Please try again.","community.pros.title":"Professional workshops","community.pros.intro":"Workshops for professionals that are looking for a facilitator. They are open to the belts the space chose.","community.pros.none":"No professional workshop is open to you right now.","community.pros.when":"{date} · {place}","community.pros.online":"online","community.pros.message":"Message to the organiser of “{title}” (optional)","community.pros.apply":"Offer to co-facilitate","community.pros.applied":"Your application for “{title}” was sent to its organiser.","community.peers.title":"Peer validation","community.peers.intro":"The green and blue belts come by co-optation: facilitators who hold that belt, or a higher one, vouch for your experience.","community.peers.mine":"My journey","community.peers.myBelt":"Your belt: {belt}","community.peers.next":"Next belt: {belt}","community.peers.top":"You hold the highest belt.","community.peers.req.WORKSHOPS":"Workshops reported: {progress} of {target}","community.peers.req.CO_OPTATIONS":"Co-optations: {progress} of {target}","community.peers.met":"(done)","community.peers.ask":"Ask to be co-opted for the {belt} belt","community.peers.asked":"Your request for the {belt} belt is open: facilitators of that belt or a higher one can now co-opt you.","community.peers.alreadyAsked":"Your request for this belt is already open.","community.peers.cannotAsk":"Your next belt does not come by co-optation: keep reporting your workshops.","community.peers.request":"Your request for the {belt} belt of {date}: {n} co-optation(s) of {required}.","community.peers.status.OPEN":"It stays open to facilitators of that belt or a higher one.","community.peers.status.GRANTED":"It is granted.","community.peers.received":"Co-optations received","community.peers.noneReceived":"No co-optation yet.","community.peers.by":"{name} ({belt}), on {date}, for the {for} belt","community.peers.toCoOpt":"Requests you may co-opt","community.peers.noRequest":"No request is waiting for your co-optation.","community.peers.candidate":"{belt} belt · {n} workshop(s) run","community.peers.wants":"Asks for the {belt} belt","community.peers.sofar":"Co-optations: {n} of {required}","community.peers.sofarBy":"Already co-opted by: {names}","community.peers.comment":"Comment for {name} (optional)","community.peers.coOpt":"Co-opt {name}","community.peers.coOpted":"You co-opted {name}.","community.peers.raised":"{name} now holds the {belt} belt.","community.peers.coOptRule":"You may co-opt for your belt or a lower one, once per request.","community.help.title":"Help","community.help.nav":"Help sections","community.help.nav.guides":"Guides","community.help.nav.faq":"FAQ","community.help.nav.contact":"Contact us","community.help.search":"Search the help","community.help.searchHint":"Results show as you type.","community.help.results":"{n} result(s)","community.help.noResult":"Nothing found for this search.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Resource","community.help.kind.News":"News","community.help.restricted":"For facilitators","community.help.restrictedTo":"For members of the space","community.help.guideNotFound":"This guide does not exist or is not open to you.","community.help.attachments":"Attached files","community.help.faqTitle":"Frequently asked questions","community.help.contactTitle":"Contact us","community.help.contactIntro":"A question about your account or your journey? The support team answers by e-mail.","community.help.name":"Your name","community.help.email":"Your e-mail address","community.help.subject":"Subject","community.help.message":"Your message","community.help.send":"Send","community.help.sent":"Your message was sent to support. The answer will come to {email}.","community.help.required":"(required)"},Xe={},Ke={},Ze={},et={},tt={"app.title":"Mon compte","nav.skip":"Aller au contenu","nav.label":"Mon compte","nav.help":"Centre d’aide","lang.choose":"Langue de l’interface","lang.fr":"Français","lang.en":"English (anglais)","state.loading":"Chargement…","error.network":"Le serveur ne répond pas. Vérifiez votre connexion et réessayez.","error.notFoundTitle":"Page introuvable","error.notFound":"Cette adresse ne correspond à aucune page de l’espace membre.","error.noToken":"Ce lien est incomplet : ouvrez le lien reçu par e-mail tel quel.","field.email":"Adresse e-mail","field.password":"Mot de passe","field.currentPassword":"Mot de passe actuel","field.newPassword":"Nouveau mot de passe","field.firstName":"Prénom","field.lastName":"Nom","field.locale":"Langue préférée (e-mails et pages)","field.newEmail":"Nouvelle adresse e-mail","field.required":"(obligatoire)","signIn.title":"Connexion","signIn.submit":"Se connecter","signIn.forgot":"Mot de passe oublié ?","signIn.noAccount":"Pas encore de compte ?","signIn.notActive":"Votre compte n’est pas encore activé.","signIn.resend":"Recevoir à nouveau le lien d’activation",signOut:"Se déconnecter","signUp.title":"Créer un compte","signUp.submit":"Créer mon compte","signUp.done":"C’est presque fini : nous vous avons envoyé un e-mail à {email}. Ouvrez le lien qu’il contient pour activer votre compte.","signUp.haveAccount":"Déjà un compte ?","activate.title":"Activation du compte","activate.working":"Activation en cours…","activate.active":"Votre compte est activé. Vous pouvez vous connecter.","activate.pending":"Votre adresse est confirmée. Votre compte doit encore être validé ; vous recevrez un e-mail.","resend.title":"Recevoir à nouveau le lien d’activation","resend.submit":"Envoyer le lien","resend.done":"Si un compte en attente d’activation existe pour cette adresse, un nouveau lien vient de lui être envoyé.","forgot.title":"Mot de passe oublié","forgot.submit":"Recevoir un lien","forgot.done":"Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.","reset.title":"Choisir un nouveau mot de passe","reset.submit":"Enregistrer le mot de passe","reset.done":"Votre mot de passe est enregistré. Vous pouvez vous connecter.","home.title":"Mon compte","home.hello":"Bonjour {name}","home.email":"Adresse e-mail : {email}","menu.home":"Accueil","menu.profile":"Mon profil","menu.password":"Mot de passe","menu.email":"Adresse e-mail","password.title":"Changer de mot de passe","password.forced":"Pour continuer, choisissez un nouveau mot de passe.","password.submit":"Changer le mot de passe","password.done":"Votre mot de passe est changé.","profile.title":"Mon profil","profile.submit":"Enregistrer","profile.done":"Votre profil est enregistré.","email.title":"Changer d’adresse e-mail","email.current":"Adresse actuelle : {email}","email.submit":"Recevoir un lien de confirmation","email.done":"Un lien de confirmation a été envoyé à {email}. L’adresse changera quand vous l’ouvrirez.","confirmEmail.title":"Confirmation de l’adresse e-mail","confirmEmail.done":"Votre adresse e-mail est maintenant {email}.","link.signIn":"Se connecter","link.signUp":"Créer un compte","link.account":"Mon compte"},nt={"app.title":"My account","nav.skip":"Skip to content","nav.label":"My account","nav.help":"Help center","lang.choose":"Interface language","lang.fr":"Français (French)","lang.en":"English","state.loading":"Loading…","error.network":"The server does not answer. Check your connection and try again.","error.notFoundTitle":"Page not found","error.notFound":"This address is not a page of the member area.","error.noToken":"This link is incomplete: open the link from the e-mail as it is.","field.email":"E-mail address","field.password":"Password","field.currentPassword":"Current password","field.newPassword":"New password","field.firstName":"First name","field.lastName":"Last name","field.locale":"Preferred language (e-mails and pages)","field.newEmail":"New e-mail address","field.required":"(required)","signIn.title":"Sign in","signIn.submit":"Sign in","signIn.forgot":"Forgot your password?","signIn.noAccount":"No account yet?","signIn.notActive":"Your account is not activated yet.","signIn.resend":"Get the activation link again",signOut:"Sign out","signUp.title":"Create an account","signUp.submit":"Create my account","signUp.done":"Almost done: we have sent an e-mail to {email}. Open its link to activate your account.","signUp.haveAccount":"Already have an account?","activate.title":"Account activation","activate.working":"Activating…","activate.active":"Your account is activated. You can sign in.","activate.pending":"Your address is confirmed. Your account still has to be approved; you will get an e-mail.","resend.title":"Get the activation link again","resend.submit":"Send the link","resend.done":"If an account waiting for activation exists for this address, a new link has just been sent to it.","forgot.title":"Forgotten password","forgot.submit":"Get a link","forgot.done":"If an account exists for this address, a link to choose a new password has just been sent to it.","reset.title":"Choose a new password","reset.submit":"Save the password","reset.done":"Your password is saved. You can sign in.","home.title":"My account","home.hello":"Hello {name}","home.email":"E-mail address: {email}","menu.home":"Home","menu.profile":"My profile","menu.password":"Password","menu.email":"E-mail address","password.title":"Change password","password.forced":"To continue, choose a new password.","password.submit":"Change the password","password.done":"Your password is changed.","profile.title":"My profile","profile.submit":"Save","profile.done":"Your profile is saved.","email.title":"Change e-mail address","email.current":"Current address: {email}","email.submit":"Get a confirmation link","email.done":"A confirmation link has been sent to {email}. The address will change when you open it.","confirmEmail.title":"E-mail address confirmation","confirmEmail.done":"Your e-mail address is now {email}.","link.signIn":"Sign in","link.signUp":"Create an account","link.account":"My account"},ot={...tt,...Qe,...We,...Xe,...Ze},st={...nt,...ze,...Je,...Ke,...et},rt={fr:ot,en:st};function it(t,n,o){let s=rt[t][n];if(o)for(const[i,r]of Object.entries(o))s=s.split("{"+i+"}").join(String(r));return s}const be=c.createContext(null);function at(){const t=new URLSearchParams(location.search).get("lang");if(qe(t))return me(localStorage,t),t;const n=[...navigator.languages??[],navigator.language].filter(Boolean);return Pe(localStorage,n)}function lt({children:t}){const[n,o]=c.useState(at),s=c.useCallback(r=>{me(localStorage,r),o(r)},[]);c.useEffect(()=>{document.documentElement.lang=n},[n]);const i=c.useMemo(()=>({lang:n,setLang:s,t:((r,m)=>it(n,r,m))}),[n,s]);return e.jsx(be.Provider,{value:i,children:t})}function j(){const t=c.useContext(be);if(!t)throw new Error("useT outside MemberI18n");return t}const ct=["","sign-up","activate","resend","sign-in","forgot","reset-password","confirm-email","password","profile","email"],ut=["","password","profile","email"],mt=["activate","reset-password","confirm-email"],dt={pages:[],mail:{}};function je(t,n=dt){const o=t.split("/").filter(Boolean).map(i=>{try{return decodeURIComponent(i)}catch{return i}});if(o.length>=3&&o[0]==="spaces"&&o[2]==="account"){const i=o[1];if(o.length===3)return{space:i,page:""};const r=o[3];return n.pages.includes(r)?{space:i,page:r,rest:o.slice(4)}:{space:i,page:o.length===4&&ct.includes(r)?r:"not-found"}}if(o.length===1&&mt.includes(o[0]))return{space:null,page:o[0]};const s=o.join("/");return s in n.mail?{space:null,page:n.mail[s]}:{space:null,page:"not-found"}}function T(t,n=""){return`/spaces/${encodeURIComponent(t)}/account/${n==="not-found"?"":n}`}function le(t,n){return`/spaces/${encodeURIComponent(t)}/${n}/`}function xe(t,n){return n&&t.includes(n)?[n,...t.filter(o=>o!==n)]:[...t]}function te(t){const n=new URLSearchParams(t).get("token");return n&&n.trim()?n.trim():null}async function we(t,n,o){let s={space:null,result:null};for(const i of t){const r=await n(i);if(o(r)!=="INVALID_TOKEN")return{space:i,result:r};s={space:null,result:r}}return s}function pt(t){const n=t?.violations;return Array.isArray(n)?n.map(o=>o&&typeof o=="object"&&typeof o.message=="string"?o.message:"").filter(Boolean):[]}function v({children:t}){return e.jsx("h1",{id:"page-title",tabIndex:-1,children:t})}function C({error:t,id:n}){const{t:o}=j();if(!t)return e.jsx("div",{id:n});const s=pt(t.graphQLErrors?.[0]?.extensions);return e.jsxs("div",{id:n,className:"error",role:"alert",children:[e.jsx("p",{children:de(t,o("error.network"))}),s.length>0&&e.jsx("ul",{children:s.map((i,r)=>e.jsx("li",{children:i},r))})]})}function P({children:t}){return e.jsx("p",{className:"done",role:"status",children:t})}function ne({id:t}){const{lang:n}=j(),[o]=N({query:He,context:c.useMemo(()=>({lang:n}),[n])});return e.jsx("p",{id:t,className:"hint",children:o.data?.passwordPolicy.description??""})}function S(t){const{t:n}=j();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,onChange:o=>t.set(o.target.value),autoComplete:t.autoComplete,"aria-describedby":t.describedBy,required:!0})]})}function R({ctx:t,page:n,children:o}){return e.jsx("a",{href:T(t.space,n),onClick:s=>{s.preventDefault(),t.go(n)},children:o})}function M(){const[t,n]=c.useState(!1),[o,s]=c.useState(null);return{busy:t,error:o,setError:s,send:async r=>{n(!0),s(null);const m=await r();return n(!1),m.error?(s(m.error),null):m.data??null}}}function oe(){const{t}=j();return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("error.notFoundTitle")}),e.jsx("p",{children:t("error.notFound")})]})}const yt=[],ht=x(`
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
`),gt=x(`
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
`),ft=x(`
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
`),bt=x(`
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
`),jt=x(`
  mutation MemberJoinLocalGroup($id: ID!) {
    joinLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),xt=x(`
  mutation MemberLeaveLocalGroup($id: ID!) {
    leaveLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),wt=x(`
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
`),vt=x(`
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
`),kt=x(`
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
`),Nt=x(`
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
`),Ct=x(`
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
`),St=x(`
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
`),qt=x(`
  mutation MemberApplyToWorkshop($id: ID!, $message: String) {
    applyToWorkshop(id: $id, message: $message) {
      application {
        id
        status
      }
    }
  }
`),Pt=x(`
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
`),Et=x(`
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
`),Mt=x(`
  mutation MemberRequestBeltValidation {
    requestBeltValidation {
      request {
        id
        belt
        status
      }
    }
  }
`),Ft=x(`
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
`),It=x(`
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
`),Rt=x(`
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
`),At=x(`
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
`),Lt=x(`
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
`),$t=x(`
  mutation MemberContactSupport($input: SupportRequestInput!) {
    contactSupport(input: $input) {
      id
    }
  }
`),Tt=x(`
  query MemberContactMe {
    me {
      id
      email
      displayName
    }
  }
`),ve=["WHITE","YELLOW","ORANGE","GREEN","BLUE"],Ot=["facilitator","white","yellow","orange","green","blue"];function D(t){return t.modules.includes("trainings")&&t.roles.some(n=>Ot.includes(n.toLowerCase()))}const Bt=10,Dt=200;function Gt(t,n=0){const o={first:Bt,offset:n},s=t.search.trim().replace(/\s+/g," "),i=t.city.trim();return s&&(o.search=s),i&&(o.city=i),ve.includes(t.belt)&&(o.belt=t.belt),o}function Ut(t,n){return t<n&&t<Dt}function Vt(t){const n=t.find(o=>o.code==="CO_OPTATIONS");return n?{have:n.progress,need:n.target,left:Math.max(0,n.target-n.progress)}:null}const Z=600;function ce(t,n=Z){return n-[...t].length}function ke(t,n){if(t==null||t<0)return"";const o=n==="fr"?["o","ko","Mo"]:["B","kB","MB"];if(t<1e3)return`${t} ${o[0]}`;const[s,i]=t<1e6?[t/1e3,o[1]]:[t/1e6,o[2]],r=s.toFixed(s<10?1:0);return`${n==="fr"?r.replace(".",","):r} ${i}`}function B(t,n,o=!1){const s=new Date(t);return Number.isNaN(s.getTime())?"":s.toLocaleString(n==="fr"?"fr-FR":"en-GB",{day:"numeric",month:"long",year:"numeric",...o?{hour:"2-digit",minute:"2-digit"}:{}})}function Ne(t,n,o){return t.length===0?o:n.includes(t[0])?t[0]:null}function L(t){return(t??[]).flatMap(n=>n?.node?[n.node]:[])}function Yt(t,n){let o;try{o=new URL(t,n)}catch{return{href:t,ours:!1}}return/^\/spaces\/[^/]+\/files\//.test(o.pathname)?{href:o.pathname+o.search,ours:!0}:{href:o.href,ours:!1}}function Ce({ctx:t,label:n,current:o,items:s}){const{t:i}=j();return e.jsx("nav",{"aria-label":n,className:"subnav",children:e.jsx("ul",{children:s.map(([r,m])=>e.jsx("li",{children:e.jsx("a",{href:T(t.space,r),"aria-current":r===o?"page":void 0,onClick:u=>{u.preventDefault(),t.go(r)},children:i(m)})},r))})})}function A({ctx:t,to:n,children:o}){return e.jsx("a",{href:T(t.space,n),onClick:s=>{s.preventDefault(),t.go(n)},children:o})}function F({error:t,id:n}){const{t:o}=j();return t?e.jsx(C,{error:t,id:n}):e.jsx("p",{role:"status",children:o("state.loading")})}function V(){const{t}=j();return n=>t(n?"community.belt."+n:"community.belt.none")}function _t(){const{t}=j();return n=>n.map(o=>t("community.lang."+o)).join(", ")}function ee(t){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:t.id,children:t.label}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,autoComplete:t.autoComplete,"aria-describedby":t.describedBy,onChange:n=>t.set(n.target.value)})]})}function G(t){const{t:n}=j();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label,t.required&&e.jsxs("span",{className:"req",children:[" ",n("field.required")]})]}),e.jsx("textarea",{id:t.id,name:t.id,value:t.value,rows:t.rows??4,maxLength:t.maxLength,required:t.required,"aria-describedby":t.describedBy,onChange:o=>t.set(o.target.value)})]})}function W({html:t,className:n}){return e.jsx("div",{className:n??"prose",dangerouslySetInnerHTML:{__html:t}})}function se(t){c.useEffect(()=>{t&&document.getElementById("page-title")?.focus()},[t])}function re({ctx:t,url:n,filename:o,children:s,className:i}){const{t:r,lang:m}=j(),{href:u,ours:a}=Yt(n,location.origin),[l,h]=c.useState(!1),d=async y=>{if(!(!a||!t.token)){y.preventDefault(),h(!1);try{const f=await fetch(u,{headers:{Authorization:"Bearer "+t.token,"Accept-Language":m}});if(!f.ok)throw new Error(String(f.status));const g=URL.createObjectURL(await f.blob()),b=document.createElement("a");b.href=g,b.download=o??u.split("/").pop()??"file",document.body.appendChild(b),b.click(),b.remove(),setTimeout(()=>URL.revokeObjectURL(g),6e4)}catch{h(!0)}}};return e.jsxs(e.Fragment,{children:[e.jsx("a",{href:u,className:i,download:a?o??"":void 0,onClick:d,children:s}),l&&e.jsxs("span",{className:"error",role:"alert",children:[" ",r("community.toolbox.failed")]})]})}const Ht=[["community","community.nav.news"],["community/groups","community.nav.groups"],["community/directory","community.nav.directory"],["community/profile","community.nav.profile"],["community/indicators","community.nav.indicators"]];function Qt({ctx:t,rest:n}){const{t:o}=j(),s=Ne(n,["news","groups","directory","profile","indicators"],"news");if(!s)return e.jsx(oe,{});const i=s==="news"?"community":"community/"+s;let r;switch(s){case"news":r=n[1]?e.jsx(Wt,{slug:n[1],ctx:t}):e.jsx(zt,{ctx:t});break;case"groups":r=n[1]?e.jsx(Xt,{id:n[1],ctx:t}):e.jsx(Jt,{ctx:t});break;case"directory":r=e.jsx(Kt,{});break;case"profile":r=e.jsx(Zt,{ctx:t});break;case"indicators":r=e.jsx(tn,{});break}return e.jsxs(e.Fragment,{children:[e.jsx(Ce,{ctx:t,label:o("community.nav"),current:i,items:Ht}),r]})}function zt({ctx:t}){const{t:n,lang:o}=j(),[s,i]=c.useState(null),r=E(o),[m]=N({query:ht,variables:{first:10,after:s,locale:r}}),[u,a]=c.useState([]);c.useEffect(()=>{a([]),i(null)},[r]);const l=m.data?.news.edges??[],h=[...u,...L(l).filter(d=>!u.some(y=>y.id===d.id))];return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.news.title")}),m.data?e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n("community.news.count",{n:m.data.news.totalCount})}),h.length===0&&e.jsx("p",{children:n("community.empty")}),e.jsx("ul",{className:"cards","aria-label":n("community.news.title"),children:h.map(d=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(A,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})}),e.jsx("p",{className:"meta",children:n("community.news.published",{date:B(d.publishedAt,o)})}),e.jsx("p",{children:d.summary})]},d.id))}),m.data.news.pageInfo.hasNextPage&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{a(h),i(m.data.news.pageInfo.endCursor??null)},children:n("community.more")})]}):e.jsx(F,{error:m.error,id:"news-error"})]})}function Wt({ctx:t,slug:n}){const{t:o,lang:s}=j(),[i]=N({query:gt,variables:{slug:n,locale:E(s)}});if(se(!!i.data),!i.data)return e.jsx(F,{error:i.error,id:"news-error"});const r=i.data.newsPost;return r?e.jsxs("article",{lang:r.locale.toLowerCase(),children:[e.jsx(v,{children:r.title}),e.jsx("p",{className:"meta",children:o("community.news.published",{date:B(r.publishedAt,s)})}),e.jsx(W,{html:r.html}),e.jsx("p",{children:e.jsx(A,{ctx:t,to:"community",children:o("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.news.notFound")})]})}function Jt({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:ft,variables:{locale:E(o)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.groups.title")}),e.jsx("p",{children:n("community.groups.intro")}),s.data?L(s.data.localGroups.edges).length===0?e.jsx("p",{children:n("community.empty")}):e.jsx("ul",{className:"cards","aria-label":n("community.groups.title"),children:L(s.data.localGroups.edges).map(i=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(A,{ctx:t,to:"community/groups/"+encodeURIComponent(i.id),children:i.name})}),e.jsxs("p",{className:"meta",children:[[i.city,i.region].filter(Boolean).join(", ")," · ",n("community.groups.members",{n:i.memberCount}),i.viewerIsMember&&e.jsxs(e.Fragment,{children:[" · ",e.jsx("strong",{children:n("community.groups.youAreMember")})]})]})]},i.id))}):e.jsx(F,{error:s.error,id:"groups-error"})]})}function Xt({ctx:t,id:n}){const{t:o,lang:s}=j(),i=V(),[r,m]=N({query:bt,variables:{id:n,locale:E(s)},requestPolicy:"cache-and-network"}),{busy:u,error:a,send:l}=M(),[h,d]=c.useState(null);if(se(!!r.data),!r.data)return e.jsx(F,{error:r.error,id:"group-error"});const y=r.data.localGroup;if(!y)return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.group.notFound")})]});const f=async()=>{d(null);const g=!y.viewerIsMember;await l(()=>g?t.client.mutation(jt,{id:y.id}).toPromise():t.client.mutation(xt,{id:y.id}).toPromise())&&(d(o(g?"community.group.joined":"community.group.left",{name:y.name})),m({requestPolicy:"network-only"}))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:y.name}),e.jsxs("p",{className:"meta",children:[[y.city,y.region].filter(Boolean).join(", ")," · ",o("community.groups.members",{n:y.memberCount})]}),y.description&&e.jsx("p",{children:y.description}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:u,onClick:f,"aria-describedby":"group-error",children:o(y.viewerIsMember?"community.group.leave":"community.group.join")})}),e.jsx(C,{error:a,id:"group-error"}),h&&e.jsx(P,{children:h}),e.jsx("h2",{children:o("community.group.coordinators")}),y.coordinators.length===0?e.jsx("p",{children:o("community.group.noCoordinator")}):e.jsx("p",{children:y.coordinators.map(g=>g.displayName).join(", ")}),e.jsx("h2",{id:"group-members",children:o("community.group.membersTitle",{n:y.members.totalCount})}),e.jsx("ul",{className:"people","aria-labelledby":"group-members",children:L(y.members.edges).map(g=>e.jsxs("li",{children:[g.displayName," ",e.jsxs("span",{className:"meta",children:["(",o("community.belt.label",{belt:i(g.belt)}),")"]})]},g.id))}),e.jsx("h2",{id:"group-workshops",children:o("community.group.workshops",{city:y.city})}),(y.upcomingWorkshops.edges??[]).length===0?e.jsx("p",{children:o("community.group.noWorkshop")}):e.jsx("ul",{"aria-labelledby":"group-workshops",children:(y.upcomingWorkshops.edges??[]).map(g=>g?.node?e.jsxs("li",{children:[B(g.node.startsAt,s,!0)," — ",g.node.title,g.node.city?` (${g.node.city})`:""]},g.node.id):null)}),e.jsx("p",{children:e.jsx(A,{ctx:t,to:"community/groups",children:o("community.back")})})]})}function Kt(){const{t,lang:n}=j(),o=V(),s=_t(),[i,r]=c.useState({search:"",city:"",belt:""}),[m,u]=c.useState(null),[a,l]=c.useState([]),[h,d]=c.useState(null),{busy:y,error:f,send:g}=M(),b=Ee(),k=async(p,I)=>{const $=await g(()=>b.query(wt,Gt(p,I),{requestPolicy:"network-only"}).toPromise());$&&(u(p),d($.facilitatorDirectory.totalCount),l(Y=>I===0?$.facilitatorDirectory.entries:[...Y,...$.facilitatorDirectory.entries]))};c.useEffect(()=>{k(m??i,0)},[n]);const w=p=>{p.preventDefault(),k(i,0)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.directory.title")}),e.jsx("p",{children:t("community.directory.intro")}),e.jsxs("form",{role:"search",className:"form searchform",onSubmit:w,"aria-describedby":"directory-error",children:[e.jsx(ee,{id:"dir-search",label:t("community.directory.search"),value:i.search,set:p=>r({...i,search:p})}),e.jsx(ee,{id:"dir-city",label:t("community.directory.city"),value:i.city,set:p=>r({...i,city:p})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"dir-belt",children:t("community.directory.belt")}),e.jsxs("select",{id:"dir-belt",value:i.belt,onChange:p=>r({...i,belt:p.target.value}),children:[e.jsx("option",{value:"",children:t("community.directory.anyBelt")}),ve.map(p=>e.jsx("option",{value:p,children:o(p)},p))]})]}),e.jsx("button",{type:"submit",className:"primary",disabled:y,children:t("community.directory.submit")})]}),e.jsx(C,{error:f,id:"directory-error"}),e.jsx("div",{"aria-live":"polite",id:"directory-count",children:h!==null&&e.jsx("p",{children:h===0?t("community.directory.none"):t("community.directory.count",{n:h})})}),e.jsx("ul",{className:"cards",id:"directory-results","aria-label":t("community.directory.title"),children:a.map(p=>e.jsxs("li",{className:"entry",children:[e.jsx("h2",{children:p.displayName}),e.jsxs("p",{className:"meta",children:[t("community.belt.label",{belt:o(p.belt)})," · ",t("community.directory.workshops",{n:p.workshopsRun}),p.city?` · ${p.city}`:""]}),p.languages.length>0&&e.jsx("p",{children:t("community.directory.languages",{langs:s(p.languages)})}),p.bio&&e.jsx("p",{className:"bio",children:p.bio}),p.contactEmail&&e.jsx("p",{children:e.jsx("a",{href:"mailto:"+p.contactEmail,children:t("community.directory.contact",{email:p.contactEmail})})})]},p.id))}),h!==null&&a.length>0&&e.jsx("p",{className:"meta",children:t("community.directory.shown",{shown:a.length,total:h})}),h!==null&&Ut(a.length,h)&&e.jsx("button",{type:"button",className:"secondary",disabled:y,onClick:()=>k(m??i,a.length),children:t("community.more")})]})}function Zt({ctx:t}){const{t:n}=j(),[o]=N({query:vt,requestPolicy:"network-only"}),s=o.data?.me?.directoryProfile;return o.data?e.jsx(en,{ctx:t,initial:s??{listed:!1,city:"",languages:[],bioFr:"",bioEn:"",showEmail:!1}}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.profile.title")}),e.jsx(F,{error:o.error,id:"profile-error"})]})}function en({ctx:t,initial:n}){const{t:o}=j(),[s,i]=c.useState(n.listed),[r,m]=c.useState(n.city??""),[u,a]=c.useState([...n.languages]),[l,h]=c.useState(n.bioFr??""),[d,y]=c.useState(n.bioEn??""),[f,g]=c.useState(n.showEmail),[b,k]=c.useState(!1),{busy:w,error:p,send:I}=M(),$=async q=>{q.preventDefault(),k(!1),await I(()=>t.client.mutation(kt,{input:{listed:s,city:r.trim(),languages:u,bioFr:l,bioEn:d,showEmail:f}}).toPromise())&&k(!0)},Y=(q,_)=>a(ae=>_?[...ae.filter(J=>J!==q),q]:ae.filter(J=>J!==q));return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("community.profile.title")}),e.jsx("p",{children:o("community.profile.intro")}),e.jsxs("form",{className:"form",onSubmit:$,"aria-describedby":"dirprofile-error",children:[e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-listed",type:"checkbox",checked:s,onChange:q=>i(q.target.checked)}),e.jsx("label",{htmlFor:"dir-listed",children:o("community.profile.listed")})]}),e.jsx(ee,{id:"dir-profile-city",label:o("community.profile.city"),value:r,set:m,autoComplete:"address-level2"}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:o("community.profile.languages")}),["FR","EN"].map(q=>e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-lang-"+q,type:"checkbox",checked:u.includes(q),onChange:_=>Y(q,_.target.checked)}),e.jsx("label",{htmlFor:"dir-lang-"+q,children:o("community.lang."+q)})]},q))]}),e.jsx(G,{id:"dir-bio-fr",label:o("community.profile.bioFr"),value:l,set:h,maxLength:Z,describedBy:"dir-bio-fr-left"}),e.jsx("p",{id:"dir-bio-fr-left",className:"hint",children:o("community.profile.left",{n:ce(l)})}),e.jsx(G,{id:"dir-bio-en",label:o("community.profile.bioEn"),value:d,set:y,maxLength:Z,describedBy:"dir-bio-en-left"}),e.jsx("p",{id:"dir-bio-en-left",className:"hint",children:o("community.profile.left",{n:ce(d)})}),e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-show-email",type:"checkbox",checked:f,onChange:q=>g(q.target.checked)}),e.jsx("label",{htmlFor:"dir-show-email",children:o("community.profile.showEmail")})]}),e.jsx(C,{error:p,id:"dirprofile-error"}),b&&e.jsx(P,{children:o("community.profile.saved")}),e.jsx("button",{type:"submit",className:"primary",disabled:w,children:o("community.profile.submit")})]})]})}function tn(){const{t}=j(),n=V(),[o]=N({query:Nt,requestPolicy:"cache-and-network"}),s=c.useMemo(()=>o.data?.communityIndicators,[o.data]);return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.indicators.title")}),s?e.jsxs(e.Fragment,{children:[e.jsxs("dl",{className:"figures",children:[e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.facilitators")}),e.jsx("dd",{id:"ind-facilitators",children:s.facilitators})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.workshops")}),e.jsx("dd",{id:"ind-workshops",children:s.workshopsReported})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.participants")}),e.jsx("dd",{id:"ind-participants",children:s.participantsReached})]})]}),e.jsxs("table",{className:"table",children:[e.jsx("caption",{children:t("community.indicators.byBelt")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("community.indicators.beltCol")}),e.jsx("th",{scope:"col",children:t("community.indicators.countCol")})]})}),e.jsx("tbody",{children:s.byBelt.map(i=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n(i.belt)}),e.jsx("td",{children:i.count})]},i.belt))})]})]}):e.jsx(F,{error:o.error,id:"indicators-error"})]})}const nn=[["help","community.help.nav.guides"],["help/faq","community.help.nav.faq"],["help/contact","community.help.nav.contact"]];function on({ctx:t,rest:n}){const{t:o}=j(),s=Ne(n,["guides","faq","contact"],"guides");if(!s||s==="guides"&&n.length>2)return e.jsx(oe,{});const i=s==="guides"?"help":"help/"+s;return e.jsxs(e.Fragment,{children:[e.jsx(Ce,{ctx:t,label:o("community.help.nav"),current:i,items:nn}),s==="guides"&&(n[1]?e.jsx(an,{ctx:t,slug:n[1]}):e.jsx(sn,{ctx:t})),s==="faq"&&e.jsx(ln,{}),s==="contact"&&e.jsx(cn,{ctx:t})]})}function ie({audience:t}){const{t:n}=j();return t==="PUBLIC"?null:e.jsx("span",{className:"badge",children:n(t==="FACILITATOR"?"community.help.restricted":"community.help.restrictedTo")})}function sn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:It,variables:{locale:E(o)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.help.title")}),e.jsx(rn,{ctx:t}),s.data?s.data.categories.filter(i=>L(i.guides.edges).length>0).map(i=>e.jsxs("section",{"aria-labelledby":"help-cat-"+i.slug,children:[e.jsx("h2",{id:"help-cat-"+i.slug,children:i.title}),i.description&&e.jsx("p",{className:"meta",children:i.description}),e.jsx("ul",{children:L(i.guides.edges).map(r=>e.jsxs("li",{children:[e.jsx(A,{ctx:t,to:"help/guides/"+encodeURIComponent(r.slug),children:r.title}),r.audience!=="PUBLIC"&&e.jsxs(e.Fragment,{children:[" ",e.jsx(ie,{audience:r.audience})]}),r.summary&&e.jsxs("span",{className:"meta",children:[" — ",r.summary]})]},r.id))})]},i.id)):e.jsx(F,{error:s.error,id:"help-error"})]})}function rn({ctx:t}){const{t:n,lang:o}=j(),[s,i]=c.useState(""),[r,m]=c.useState("");c.useEffect(()=>{const l=setTimeout(()=>m(s.trim()),250);return()=>clearTimeout(l)},[s]);const[u]=N({query:Lt,variables:{query:r,locale:E(o),first:20},pause:r.length<2}),a=r.length>=2?u.data?.search:void 0;return e.jsxs("form",{role:"search",className:"form",onSubmit:l=>l.preventDefault(),children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"help-search",children:n("community.help.search")}),e.jsx("input",{id:"help-search",type:"search",value:s,onChange:l=>i(l.target.value),"aria-describedby":"help-search-hint",autoComplete:"off"}),e.jsx("p",{id:"help-search-hint",className:"hint",children:n("community.help.searchHint")})]}),e.jsxs("div",{"aria-live":"polite",id:"help-results",children:[u.error&&r.length>=2&&e.jsx(C,{error:u.error,id:"search-error"}),a&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.totalCount===0?n("community.help.noResult"):n("community.help.results",{n:a.totalCount})}),e.jsx("ul",{children:a.edges.map((l,h)=>{const d=l.node,y=n("community.help.kind."+d.__typename);let f=null;return d.__typename==="Guide"?f=e.jsx(A,{ctx:t,to:"help/guides/"+encodeURIComponent(d.slug),children:d.title}):d.__typename==="Faq"?f=e.jsx(A,{ctx:t,to:"help/faq",children:d.question}):d.__typename==="Resource"?f=e.jsx(re,{ctx:t,url:d.url,children:d.title}):d.__typename==="News"&&(f=e.jsx(A,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})),e.jsxs("li",{children:[e.jsxs("span",{className:"meta",children:[y," · "]}),f,e.jsx("br",{}),e.jsx("span",{className:"snippet",dangerouslySetInnerHTML:{__html:l.snippet}})]},h)})})]})]})]})}function an({ctx:t,slug:n}){const{t:o,lang:s}=j(),[i]=N({query:Rt,variables:{slug:n,locale:E(s)},requestPolicy:"cache-and-network"});if(se(!!i.data),!i.data)return e.jsx(F,{error:i.error,id:"guide-error"});const r=i.data.guide;return r?e.jsxs("article",{lang:r.locale.toLowerCase(),children:[r.category&&e.jsx("p",{className:"meta",children:r.category.title}),e.jsx(v,{children:r.title}),e.jsx("p",{children:e.jsx(ie,{audience:r.audience})}),r.summary&&e.jsx("p",{className:"lead",children:r.summary}),e.jsx(W,{html:r.html}),r.attachments.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:o("community.help.attachments")}),e.jsx("ul",{children:r.attachments.map(m=>e.jsxs("li",{children:[e.jsx(re,{ctx:t,url:m.url,filename:m.filename,children:o("community.toolbox.download",{name:m.filename})})," ",e.jsxs("span",{className:"meta",children:["(",ke(m.size,s),")"]})]},m.url))})]}),e.jsx("p",{children:e.jsx(A,{ctx:t,to:"help",children:o("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.help.guideNotFound")})]})}function ln(){const{t,lang:n}=j(),[o]=N({query:At,variables:{locale:E(n),first:100},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.help.faqTitle")}),o.data?e.jsx("div",{className:"faq",children:L(o.data.faqs.edges).map(s=>e.jsxs("details",{id:"faq-"+s.id,children:[e.jsxs("summary",{children:[s.question," ",e.jsx(ie,{audience:s.audience})]}),e.jsx(W,{html:s.html})]},s.id))}):e.jsx(F,{error:o.error,id:"faq-error"})]})}function cn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:Tt}),[i,r]=c.useState(null),[m,u]=c.useState(null),[a,l]=c.useState(""),[h,d]=c.useState(""),[y,f]=c.useState(null),{busy:g,error:b,send:k}=M(),w=i??s.data?.me?.displayName??"",p=m??s.data?.me?.email??"",I=async $=>{$.preventDefault(),await k(()=>t.client.mutation($t,{input:{name:w,email:p,subject:a,message:h,locale:E(o)}}).toPromise())&&(f(p),l(""),d(""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.help.contactTitle")}),e.jsx("p",{children:n("community.help.contactIntro")}),y?e.jsx(P,{children:n("community.help.sent",{email:y})}):e.jsxs("form",{className:"form",onSubmit:I,"aria-describedby":"contact-error",children:[e.jsx(S,{id:"contact-name",label:n("community.help.name"),value:w,set:r,autoComplete:"name"}),e.jsx(S,{id:"contact-email",label:n("community.help.email"),type:"email",value:p,set:u,autoComplete:"email"}),e.jsx(S,{id:"contact-subject",label:n("community.help.subject"),value:a,set:l}),e.jsx(G,{id:"contact-message",label:n("community.help.message"),value:h,set:d,required:!0,rows:6}),e.jsx(C,{error:b,id:"contact-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:g,children:n("community.help.send")})]})]})}function un({ctx:t}){const{t:n}=j(),[o,s]=N({query:Pt,requestPolicy:"network-only"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.peers.title")}),e.jsx("p",{children:n("community.peers.intro")}),o.data?e.jsxs(e.Fragment,{children:[o.data.me?.journey&&e.jsx(mn,{ctx:t,journey:o.data.me.journey,request:o.data.me.nextBeltRequest??null,mayAsk:o.data.mayAsk,refetch:()=>s({requestPolicy:"network-only"})}),o.data.mayCoOpt&&e.jsx(dn,{ctx:t})]}):e.jsx(F,{error:o.error,id:"peers-error"})]})}function mn({ctx:t,journey:n,request:o,mayAsk:s,refetch:i}){const{t:r,lang:m}=j(),u=V(),{busy:a,error:l,send:h}=M(),[d,y]=c.useState(null),[f,g]=c.useState(!1),b=Vt(n.requirements),k=async()=>{g(!1);const p=await h(async()=>{const I=await t.client.mutation(Mt,{}).toPromise();return U(I.error)==="CONFLICT"?(g(!0),{data:void 0,error:void 0}):I});p&&(y(p.requestBeltValidation.request.belt),i())},w=n.coOptations.filter(p=>p.belt===n.nextBelt);return e.jsxs("section",{"aria-labelledby":"peers-mine",children:[e.jsx("h2",{id:"peers-mine",children:r("community.peers.mine")}),e.jsx("p",{children:r("community.peers.myBelt",{belt:u(n.belt)})}),n.nextBelt?e.jsx("p",{children:r("community.peers.next",{belt:u(n.nextBelt)})}):e.jsx("p",{children:r("community.peers.top")}),n.requirements.length>0&&e.jsx("ul",{id:"peers-requirements",children:n.requirements.map(p=>e.jsxs("li",{children:[r("community.peers.req."+p.code,{progress:p.progress,target:p.target})," ",p.met&&e.jsx("span",{className:"meta",children:r("community.peers.met")})]},p.code))}),o&&e.jsxs("p",{id:"peers-request",className:"notice",children:[r("community.peers.request",{belt:u(o.belt),date:B(o.createdAt,m),n:o.coOptations.length,required:o.required})," ",r("community.peers.status."+o.status)]}),n.nextBelt&&b&&s&&!d&&!o&&e.jsx("button",{type:"button",className:"primary",disabled:a,onClick:k,"aria-describedby":"peers-ask-error",children:r("community.peers.ask",{belt:u(n.nextBelt)})}),n.nextBelt&&!b&&e.jsx("p",{children:r("community.peers.cannotAsk")}),e.jsx(C,{error:l,id:"peers-ask-error"}),d&&e.jsx(P,{children:r("community.peers.asked",{belt:u(d)})}),f&&e.jsx(P,{children:r("community.peers.alreadyAsked")}),e.jsx("h3",{id:"peers-received",children:r("community.peers.received")}),n.coOptations.length===0?e.jsx("p",{children:r("community.peers.noneReceived")}):e.jsx("ul",{"aria-labelledby":"peers-received",id:"peers-received-list",children:n.coOptations.map((p,I)=>e.jsxs("li",{className:w.includes(p)?"current":void 0,children:[r("community.peers.by",{name:p.by.displayName,belt:u(p.by.belt),date:B(p.at,m),for:u(p.belt)}),p.comment&&e.jsx("blockquote",{children:p.comment})]},I))})]})}function dn({ctx:t}){const{t:n}=j(),[o,s]=N({query:Et,variables:{first:50},requestPolicy:"network-only"}),[i,r]=c.useState([]),m=(o.data?.beltValidationRequests.edges??[]).flatMap(u=>u?.node?[u.node]:[]);return e.jsxs("section",{"aria-labelledby":"peers-tocoopt",children:[e.jsx("h2",{id:"peers-tocoopt",children:n("community.peers.toCoOpt")}),e.jsx("p",{children:n("community.peers.coOptRule")}),e.jsx("div",{"aria-live":"polite",children:i.map((u,a)=>e.jsx(P,{children:u},a))}),o.data?m.length===0?e.jsx("p",{children:n("community.peers.noRequest")}):e.jsx("ul",{className:"cards",id:"peers-requests",children:m.map(u=>e.jsx(pn,{ctx:t,request:u,onDone:a=>{r(l=>[...l,a]),s({requestPolicy:"network-only"})}},u.id))}):e.jsx(F,{error:o.error,id:"requests-error"})]})}function pn({ctx:t,request:n,onDone:o}){const{t:s}=j(),i=V(),[r,m]=c.useState(""),{busy:u,error:a,send:l}=M(),h=n.candidate.displayName,d=async f=>{f.preventDefault();const g=await l(()=>t.client.mutation(Ft,{requestId:n.id,comment:r.trim()||null}).toPromise());if(!g)return;const b=g.coOpt.candidate.belt===n.belt;o(s("community.peers.coOpted",{name:h})+(b?" "+s("community.peers.raised",{name:h,belt:i(n.belt)}):""))},y="coopt-error-"+n.id;return e.jsxs("li",{className:"request",children:[e.jsx("h3",{children:h}),e.jsx("p",{className:"meta",children:s("community.peers.candidate",{name:h,belt:i(n.candidate.belt),n:n.candidate.workshopsRun})}),e.jsxs("p",{children:[e.jsx("strong",{children:s("community.peers.wants",{belt:i(n.belt)})})," · ",s("community.peers.sofar",{n:n.coOptations.length,required:n.required})]}),n.coOptations.length>0&&e.jsx("p",{children:s("community.peers.sofarBy",{names:n.coOptations.map(f=>f.by.displayName).join(", ")})}),e.jsxs("form",{className:"form",onSubmit:d,"aria-describedby":y,children:[e.jsx(G,{id:"coopt-comment-"+n.id,label:s("community.peers.comment",{name:h}),value:r,set:m,maxLength:2e3,rows:3}),e.jsx(C,{error:a,id:y}),e.jsx("button",{type:"submit",className:"primary",disabled:u,children:s("community.peers.coOpt",{name:h})})]})]})}function yn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:Ct,variables:{locale:E(o)},requestPolicy:"cache-and-network"});if(!s.data)return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.toolbox.title")}),e.jsx(F,{error:s.error,id:"toolbox-error"})]});const i=L(s.data.resources.edges),r=s.data.categories.filter(a=>i.some(l=>l.category?.slug===a.slug)),m=i.filter(a=>!a.category||!r.some(l=>l.slug===a.category.slug)),u=[...r.map(a=>({key:a.slug,title:a.title,description:a.description,items:i.filter(l=>l.category?.slug===a.slug),guides:L(a.guides.edges)})),...m.length?[{key:"-",title:n("community.toolbox.title"),description:"",items:m,guides:[]}]:[]];return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.toolbox.title")}),e.jsx("p",{children:n("community.toolbox.intro")}),u.length===0&&e.jsx("p",{children:n("community.toolbox.none")}),u.map(a=>e.jsxs("section",{"aria-labelledby":"cat-"+a.key,children:[e.jsx("h2",{id:"cat-"+a.key,children:a.title}),a.description&&e.jsx("p",{className:"meta",children:a.description}),e.jsx("ul",{className:"cards",children:a.items.map(l=>e.jsxs("li",{lang:l.locale.toLowerCase(),children:[e.jsx("h3",{children:l.title}),e.jsx(W,{html:l.html}),e.jsxs("p",{children:[e.jsx(re,{ctx:t,url:l.url,filename:l.filename,className:"download",children:n(l.filename?"community.toolbox.download":"community.toolbox.open",{name:l.filename??l.title})}),l.size!=null&&e.jsxs("span",{className:"meta",children:[" (",[l.contentType?.split("/").pop()?.toUpperCase(),ke(l.size,o)].filter(Boolean).join(", "),")"]})]})]},l.id))}),a.guides.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{id:"cat-guides-"+a.key,children:n("community.toolbox.guides")}),e.jsx("ul",{"aria-labelledby":"cat-guides-"+a.key,children:a.guides.map(l=>e.jsx("li",{children:e.jsx(A,{ctx:t,to:"help/guides/"+encodeURIComponent(l.slug),children:l.title})},l.id))})]})]},a.key))]})}function hn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:St,variables:{locale:E(o)},requestPolicy:"cache-and-network"}),[i,r]=c.useState([]),m=(s.data?.opportunities.edges??[]).flatMap(u=>u?.node&&u.node.kind==="PROFESSIONAL"?[u.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.pros.title")}),e.jsx("p",{children:n("community.pros.intro")}),e.jsx("div",{"aria-live":"polite",children:i.map((u,a)=>e.jsx(P,{children:u},a))}),s.data?m.length===0?e.jsx("p",{children:n("community.pros.none")}):e.jsx("ul",{className:"cards",children:m.map(u=>e.jsx(gn,{ctx:t,w:u,onDone:a=>r(l=>[...l,a])},u.id))}):e.jsx(F,{error:s.error,id:"pros-error"})]})}function gn({ctx:t,w:n,onDone:o}){const{t:s,lang:i}=j(),[r,m]=c.useState(""),[u,a]=c.useState(!1),{busy:l,error:h,send:d}=M(),y=async g=>{g.preventDefault(),await d(()=>t.client.mutation(qt,{id:n.id,message:r.trim()||null}).toPromise())&&(a(!0),o(s("community.pros.applied",{title:n.title})))},f=n.format==="ONLINE"?s("community.pros.online"):n.city??"";return e.jsxs("li",{children:[e.jsx("h2",{children:n.title}),e.jsx("p",{className:"meta",children:s("community.pros.when",{date:B(n.startsAt,i,!0),place:f})}),!u&&e.jsxs("form",{className:"form",onSubmit:y,"aria-describedby":"pro-error-"+n.id,children:[e.jsx(G,{id:"pro-message-"+n.id,label:s("community.pros.message",{title:n.title}),value:r,set:m,maxLength:1e3,rows:2}),e.jsx(C,{error:h,id:"pro-error-"+n.id}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:s("community.pros.apply")})]})]})}const fn=[{page:"community",menu:{label:"community.menu.community",show:D},render:({ctx:t,rest:n})=>e.jsx(Qt,{ctx:t,rest:n})},{page:"toolbox",menu:{label:"community.menu.resources",show:D},render:({ctx:t})=>e.jsx(yn,{ctx:t})},{page:"pros",menu:{label:"community.menu.pros",show:D},render:({ctx:t})=>e.jsx(hn,{ctx:t})},{page:"peers",menu:{label:"community.menu.peers",show:D},render:({ctx:t})=>e.jsx(un,{ctx:t})},{page:"help",menu:{label:"community.menu.help",show:D},render:({ctx:t,rest:n})=>e.jsx(on,{ctx:t,rest:n})}],bn=[],jn=[],H=[...yt,...fn,...bn,...jn],Se={pages:H.map(t=>t.page),mail:Object.fromEntries(H.filter(t=>t.mail).map(t=>[t.mail.path.replace(/^\//,""),t.page]))};function Q(t){return H.find(n=>n.page===t)}function xn(){return e.jsx(lt,{children:e.jsx(vn,{})})}function wn(){const[t,n]=c.useState(()=>[location.pathname,location.search]);c.useEffect(()=>{const s=()=>n([location.pathname,location.search]);return window.addEventListener("popstate",s),()=>window.removeEventListener("popstate",s)},[]);const o=c.useCallback(s=>{history.pushState(null,"",s),n([location.pathname,location.search])},[]);return[t[0],t[1],o]}const X="guichet.member.forced";function vn(){const{lang:t}=j(),[n,o,s]=wn(),i=je(n,Se),r=c.useRef(t);r.current=t;const[m,u]=c.useState(0),[a,l]=c.useState(()=>{try{return JSON.parse(sessionStorage.getItem(X)??"null")}catch{return null}}),h=c.useCallback(w=>{w?sessionStorage.setItem(X,JSON.stringify(w)):sessionStorage.removeItem(X),l(w)},[]),d=i.space,y=c.useMemo(()=>d?Me(sessionStorage,d):null,[d,m]),f=c.useMemo(()=>O(d,y,()=>r.current),[d,y]);if(c.useEffect(()=>{document.getElementById("page-title")?.focus()},[n]),!d)return e.jsx(Pn,{page:i.page,search:o,navigate:s});const g={space:d,token:y,client:f,go:(w,p="")=>s(T(d,w)+p),signedIn:w=>{z(localStorage,d),Ae(sessionStorage,d,w),u(p=>p+1)},signedOut:()=>{Re(sessionStorage,d),u(w=>w+1)},forced:a,setForced:h};let b=i.page;const k=Q(b);return(ut.includes(b)||k&&!k.public)&&!y&&(b="sign-in"),y&&a&&b!=="password"&&(b="password"),e.jsx(Fe,{value:f,children:e.jsx(kn,{ctx:g,children:e.jsx(Cn,{ctx:g,page:b,rest:i.rest??[],search:o})})})}function kn({ctx:t,children:n}){const{t:o,lang:s}=j(),[i]=N({query:Be,variables:{locale:E(s)}}),r=i.data?.space.name??t.space,[m]=N({query:he,pause:!t.token||!!t.forced}),u={roles:m.data?.me?.roles??[],modules:i.data?.space.modules??[],status:m.data?.me?.status??null};c.useEffect(()=>{document.title=`${o("app.title")} · ${r}`},[o,r]);const a=async()=>{await t.client.mutation($e,{}).toPromise(),t.signedOut(),t.setForced(null),t.go("sign-in")};return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:o("nav.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"bar",children:[e.jsx("a",{className:"brand",href:le(t.space,s),children:r}),e.jsx(Nn,{}),t.token&&e.jsx("button",{type:"button",className:"link",onClick:a,children:o("signOut")})]}),e.jsx("nav",{"aria-label":o("nav.label"),className:"sections",children:e.jsxs("ul",{children:[e.jsx("li",{children:e.jsx("a",{href:le(t.space,s),children:o("nav.help")})}),t.token&&!t.forced?[["","menu.home"],["profile","menu.profile"],["password","menu.password"],["email","menu.email"]].concat(H.filter(l=>l.menu?.show(u)).map(l=>[l.page,l.menu.label])).map(([l,h])=>e.jsx(K,{ctx:t,page:l,label:o(h)},l)):t.token?null:e.jsxs(e.Fragment,{children:[e.jsx(K,{ctx:t,page:"sign-in",label:o("link.signIn")}),e.jsx(K,{ctx:t,page:"sign-up",label:o("link.signUp")})]})]})})]}),e.jsx("main",{id:"main",children:n})]})}function K({ctx:t,page:n,label:o}){const s=T(t.space,n),i=je(location.pathname,Se).page===n;return e.jsx("li",{children:e.jsx("a",{href:s,"aria-current":i?"page":void 0,onClick:r=>{r.preventDefault(),t.go(n)},children:o})})}function Nn(){const{lang:t,setLang:n,t:o}=j();return e.jsx("div",{className:"langs",role:"group","aria-label":o("lang.choose"),children:Le.map(s=>e.jsx("button",{type:"button",lang:s,"aria-pressed":t===s,onClick:()=>n(s),title:o("lang."+s),children:s.toUpperCase()},s))})}function Cn({ctx:t,page:n,rest:o,search:s}){switch(n){case"sign-in":return e.jsx(Sn,{ctx:t});case"sign-up":return e.jsx(qn,{ctx:t});case"resend":return e.jsx(ue,{ctx:t,kind:"resend"});case"forgot":return e.jsx(ue,{ctx:t,kind:"forgot"});case"activate":case"confirm-email":return e.jsx(En,{ctx:t,page:n,search:s});case"reset-password":return e.jsx(Mn,{ctx:t,search:s});case"":case"profile":case"password":case"email":return e.jsx(Fn,{ctx:t,page:n});default:{const i=Q(n);return i?e.jsx(e.Fragment,{children:i.render({ctx:t,rest:o,search:s})}):e.jsx(oe,{})}}}function Sn({ctx:t}){const{t:n}=j(),[o,s]=c.useState(""),[i,r]=c.useState(""),{busy:m,error:u,send:a}=M(),l=async h=>{h.preventDefault();const d=await a(()=>t.client.mutation(ye,{email:o,password:i}).toPromise());d&&(t.setForced(d.login.passwordResetRequired?{email:o}:null),t.signedIn(d.login.token),t.go(d.login.passwordResetRequired?"password":""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("signIn.title")}),e.jsxs("form",{onSubmit:l,"aria-describedby":"signin-error",className:"form",children:[e.jsx(S,{id:"email",label:n("field.email"),type:"email",autoComplete:"username",value:o,set:s}),e.jsx(S,{id:"password",label:n("field.password"),type:"password",autoComplete:"current-password",value:i,set:r}),e.jsx(C,{error:u,id:"signin-error"}),U(u)==="ACCOUNT_NOT_ACTIVE"&&e.jsx("p",{children:e.jsx(R,{ctx:t,page:"resend",children:n("signIn.resend")})}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:n("signIn.submit")})]}),e.jsx("p",{children:e.jsx(R,{ctx:t,page:"forgot",children:n("signIn.forgot")})}),e.jsxs("p",{children:[n("signIn.noAccount")," ",e.jsx(R,{ctx:t,page:"sign-up",children:n("link.signUp")})]})]})}function qn({ctx:t}){const{t:n,lang:o}=j(),[s,i]=c.useState(""),[r,m]=c.useState(""),[u,a]=c.useState(""),[l,h]=c.useState(""),[d,y]=c.useState(null),{busy:f,error:g,send:b}=M(),k=async w=>{w.preventDefault(),await b(()=>t.client.mutation(De,{input:{email:u,password:l,firstName:s,lastName:r,locale:E(o)}}).toPromise())&&(z(localStorage,t.space),y(u))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("signUp.title")}),d?e.jsx(P,{children:n("signUp.done",{email:d})}):e.jsxs("form",{onSubmit:k,"aria-describedby":"signup-error",className:"form",children:[e.jsx(S,{id:"firstName",label:n("field.firstName"),autoComplete:"given-name",value:s,set:i}),e.jsx(S,{id:"lastName",label:n("field.lastName"),autoComplete:"family-name",value:r,set:m}),e.jsx(S,{id:"email",label:n("field.email"),type:"email",autoComplete:"email",value:u,set:a}),e.jsx(S,{id:"password",label:n("field.password"),type:"password",autoComplete:"new-password",value:l,set:h,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:g,id:"signup-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:n("signUp.submit")})]}),e.jsxs("p",{children:[n("signUp.haveAccount")," ",e.jsx(R,{ctx:t,page:"sign-in",children:n("link.signIn")})]})]})}function ue({ctx:t,kind:n}){const{t:o}=j(),[s,i]=c.useState(""),[r,m]=c.useState(!1),{busy:u,error:a,send:l}=M(),h=async d=>{d.preventDefault(),(n==="resend"?await l(()=>t.client.mutation(Te,{email:s}).toPromise()):await l(()=>t.client.mutation(Ge,{email:s}).toPromise()))&&(z(localStorage,t.space),m(!0))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o(n==="resend"?"resend.title":"forgot.title")}),r?e.jsx(P,{children:o(n==="resend"?"resend.done":"forgot.done")}):e.jsxs("form",{onSubmit:h,"aria-describedby":n+"-error",className:"form",children:[e.jsx(S,{id:"email",label:o("field.email"),type:"email",autoComplete:"email",value:s,set:i}),e.jsx(C,{error:a,id:n+"-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:u,children:o(n==="resend"?"resend.submit":"forgot.submit")})]}),e.jsx("p",{children:e.jsx(R,{ctx:t,page:"sign-in",children:o("link.signIn")})})]})}function Pn({page:t,search:n,navigate:o}){const{t:s,lang:i}=j(),[r,m]=c.useState(null),u=c.useRef(!1),a=te(n);return c.useEffect(()=>{u.current||!a||t==="not-found"||(u.current=!0,(async()=>{const h=await O(null,null,i).query(pe,{locale:E(i)}).toPromise();if(h.error||!h.data){m(h.error??null);return}const d=xe(h.data.spaces.map(g=>g.slug),Ie(localStorage)),y=Q(t)?.mail;if(t==="reset-password"||y&&!y.run){o(T(d[0]??"",t)+n);return}const f=await we(d,g=>{const b=O(g,null,i);return y?.run?y.run(b,a):t==="activate"?b.mutation(ge,{token:a}).toPromise():b.mutation(fe,{token:a}).toPromise()},g=>U(g.error));f.space&&f.result?(sessionStorage.setItem("guichet.member.result",JSON.stringify({data:f.result.data??null,message:f.result.error?de(f.result.error,""):null})),o(T(f.space,t)+"?done=1")):m(f.result?.error??null)})())},[a,t,n,i,o]),e.jsxs("main",{id:"main",children:[e.jsx("h1",{id:"page-title",tabIndex:-1,children:s(Q(t)?.mail?.title??(t==="activate"?"activate.title":t==="confirm-email"?"confirmEmail.title":t==="reset-password"?"reset.title":"error.notFoundTitle"))}),t==="not-found"?e.jsx("p",{children:s("error.notFound")}):a?r?e.jsx(C,{error:r,id:"link-error"}):e.jsx("p",{role:"status",children:s("activate.working")}):e.jsx("p",{className:"error",role:"alert",children:s("error.noToken")})]})}function En({ctx:t,page:n,search:o}){const{t:s}=j(),[i,r]=c.useState(null),[m,u]=c.useState(null),[a,l]=c.useState(null),[h,d]=c.useState(null),y=c.useRef(!1);return c.useEffect(()=>{if(y.current)return;y.current=!0;const f=b=>{const k=b;k?.activateAccount&&r(k.activateAccount.account.status),k?.confirmEmailChange&&u(k.confirmEmailChange.account.email)};if(new URLSearchParams(o).get("done")){const b=JSON.parse(sessionStorage.getItem("guichet.member.result")??"null");sessionStorage.removeItem("guichet.member.result"),b?.message?l(b.message):f(b?.data);return}const g=te(o);if(!g){l(s("error.noToken"));return}(async()=>{const b=n==="activate"?await t.client.mutation(ge,{token:g}).toPromise():await t.client.mutation(fe,{token:g}).toPromise();b.error?d(b.error):f(b.data)})()},[]),e.jsxs(e.Fragment,{children:[e.jsx(v,{children:s(n==="activate"?"activate.title":"confirmEmail.title")}),a?e.jsx("p",{className:"error",role:"alert",children:a}):h?e.jsx(C,{error:h,id:"link-error"}):i?e.jsx(P,{children:s(i==="ACTIVE"?"activate.active":"activate.pending")}):m?e.jsx(P,{children:s("confirmEmail.done",{email:m})}):e.jsx("p",{role:"status",children:s("activate.working")}),(i==="ACTIVE"||m)&&!t.token&&e.jsx("p",{children:e.jsx(R,{ctx:t,page:"sign-in",children:s("link.signIn")})}),m&&t.token&&e.jsx("p",{children:e.jsx(R,{ctx:t,page:"",children:s("link.account")})})]})}function Mn({ctx:t,search:n}){const{t:o,lang:s}=j(),i=te(n),[r,m]=c.useState(""),[u,a]=c.useState(!1),{busy:l,error:h,send:d}=M(),y=async f=>{if(f.preventDefault(),!i)return;await d(async()=>{const b=await O(null,null,s).query(pe,{}).toPromise(),k=xe(b.data?.spaces.map(p=>p.slug)??[],t.space),w=await we(k,p=>(p===t.space?t.client:O(p,null,s)).mutation(Ue,{token:i,newPassword:r}).toPromise(),p=>U(p.error));return w.space&&w.space!==t.space&&history.replaceState(null,"",T(w.space,"reset-password")),w.result??{error:void 0,data:void 0}})&&a(!0)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("reset.title")}),i?u?e.jsx(P,{children:o("reset.done")}):e.jsxs("form",{onSubmit:y,"aria-describedby":"reset-error",className:"form",children:[e.jsx(S,{id:"newPassword",label:o("field.newPassword"),type:"password",autoComplete:"new-password",value:r,set:m,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:h,id:"reset-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:o("reset.submit")})]}):e.jsx("p",{className:"error",role:"alert",children:o("error.noToken")}),(u||!i)&&e.jsx("p",{children:e.jsx(R,{ctx:t,page:"sign-in",children:o("link.signIn")})})]})}function Fn({ctx:t,page:n}){const{t:o}=j(),[s,i]=N({query:he,requestPolicy:"network-only"});if(c.useEffect(()=>{U(s.error)==="UNAUTHENTICATED"&&(t.signedOut(),t.go("sign-in"))},[s.error]),n==="password")return e.jsx(In,{ctx:t,email:s.data?.me?.email??t.forced?.email??null});if(!s.data?.me)return s.error?e.jsx(C,{error:s.error,id:"me-error"}):e.jsx("p",{role:"status",children:o("state.loading")});const r=s.data.me;return n==="profile"?e.jsx(Rn,{ctx:t,me:r,refetch:()=>i({requestPolicy:"network-only"})}):n==="email"?e.jsx(An,{ctx:t,current:r.email}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("home.title")}),e.jsx("p",{children:o("home.hello",{name:r.displayName})}),e.jsx("p",{children:o("home.email",{email:r.email})}),e.jsxs("ul",{className:"links",children:[e.jsx("li",{children:e.jsx(R,{ctx:t,page:"profile",children:o("menu.profile")})}),e.jsx("li",{children:e.jsx(R,{ctx:t,page:"password",children:o("menu.password")})}),e.jsx("li",{children:e.jsx(R,{ctx:t,page:"email",children:o("menu.email")})})]})]})}function In({ctx:t,email:n}){const{t:o,lang:s}=j(),[i,r]=c.useState(""),[m,u]=c.useState(""),[a,l]=c.useState(!1),{busy:h,error:d,send:y}=M(),f=async g=>{if(g.preventDefault(),!await y(()=>t.client.mutation(Ve,{currentPassword:i,newPassword:m}).toPromise()))return;const k=n?await O(t.space,null,s).mutation(ye,{email:n,password:m}).toPromise():null;t.forced&&t.go("password"),t.setForced(null),k?.data?t.signedIn(k.data.login.token):t.signedOut(),l(!0),r(""),u("")};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("password.title")}),t.forced&&e.jsx("p",{className:"notice",children:o("password.forced")}),a&&e.jsx(P,{children:o("password.done")}),e.jsxs("form",{onSubmit:f,"aria-describedby":"password-error",className:"form",children:[e.jsx(S,{id:"currentPassword",label:o("field.currentPassword"),type:"password",autoComplete:"current-password",value:i,set:r}),e.jsx(S,{id:"newPassword",label:o("field.newPassword"),type:"password",autoComplete:"new-password",value:m,set:u,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:d,id:"password-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:h,children:o("password.submit")})]})]})}function Rn({ctx:t,me:n,refetch:o}){const{t:s,setLang:i}=j(),[r,m]=c.useState(n.firstName),[u,a]=c.useState(n.lastName),[l,h]=c.useState(n.locale),[d,y]=c.useState(!1),{busy:f,error:g,send:b}=M(),k=async w=>{w.preventDefault(),y(!1);const p=await b(()=>t.client.mutation(Ye,{input:{firstName:r,lastName:u,locale:l}}).toPromise());p&&(i(p.updateProfile.account.locale.toLowerCase()),y(!0),o())};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:s("profile.title")}),e.jsxs("form",{onSubmit:k,"aria-describedby":"profile-error",className:"form",children:[e.jsx(S,{id:"firstName",label:s("field.firstName"),autoComplete:"given-name",value:r,set:m}),e.jsx(S,{id:"lastName",label:s("field.lastName"),autoComplete:"family-name",value:u,set:a}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"locale",children:s("field.locale")}),e.jsxs("select",{id:"locale",value:l,onChange:w=>h(w.target.value),children:[e.jsx("option",{value:"FR",lang:"fr",children:"Français"}),e.jsx("option",{value:"EN",lang:"en",children:"English"})]})]}),e.jsx(C,{error:g,id:"profile-error"}),d&&e.jsx(P,{children:s("profile.done")}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:s("profile.submit")})]})]})}function An({ctx:t,current:n}){const{t:o}=j(),[s,i]=c.useState(""),[r,m]=c.useState(""),[u,a]=c.useState(null),{busy:l,error:h,send:d}=M(),y=async f=>{f.preventDefault(),await d(()=>t.client.mutation(_e,{newEmail:s,password:r}).toPromise())&&(z(localStorage,t.space),a(s),m(""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("email.title")}),e.jsx("p",{children:o("email.current",{email:n})}),u?e.jsx(P,{children:o("email.done",{email:u})}):e.jsxs("form",{onSubmit:y,"aria-describedby":"email-error",className:"form",children:[e.jsx(S,{id:"newEmail",label:o("field.newEmail"),type:"email",autoComplete:"email",value:s,set:i}),e.jsx(S,{id:"password",label:o("field.currentPassword"),type:"password",autoComplete:"current-password",value:r,set:m}),e.jsx(C,{error:h,id:"email-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:o("email.submit")})]})]})}Oe.createRoot(document.getElementById("root")).render(e.jsx(xn,{}));
