import{a_ as w,r as c,a$ as ue,j as e,b0 as qe,b1 as Pe,e as me,b as N,t as E,b2 as Ee,b3 as U,b4 as Me,m as O,f as Fe,S as de,b5 as Ie,b6 as Re,b7 as z,b8 as Ae,aX as Le,aY as $e,ax as Te,L as pe,aZ as Oe}from"./ops-CnH0ZOYy.js";const ye=w(`
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
`),Be=w(`
  query MemberSpace($locale: Locale) {
    space {
      slug
      name(locale: $locale)
      modules
    }
  }
`),De=w(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
    }
  }
`),he=w(`
  mutation ActivateAccount($token: String!) {
    activateAccount(token: $token) {
      account {
        id
        email
        status
      }
    }
  }
`),Ue=w(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Ge=w(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      account {
        id
        status
      }
    }
  }
`),Ve=w(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`),Ye=w(`
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
`),_e=w(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password) {
      ok
    }
  }
`),ge=w(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      account {
        id
        email
      }
    }
  }
`),He=w(`
  query PasswordPolicy {
    passwordPolicy {
      description
    }
  }
`),Qe={},ze={},We={"community.menu.community":"Communauté","community.menu.resources":"Ressources","community.menu.pros":"Pros","community.menu.peers":"Validation par les pairs","community.menu.help":"Aide","community.belt.WHITE":"Blanche","community.belt.YELLOW":"Jaune","community.belt.ORANGE":"Orange","community.belt.GREEN":"Verte","community.belt.BLUE":"Bleue","community.belt.label":"Ceinture {belt}","community.belt.none":"Sans ceinture","community.lang.FR":"français","community.lang.EN":"anglais","community.more":"Afficher la suite","community.back":"Retour","community.empty":"Rien pour le moment.","community.title":"Communauté","community.nav":"Rubriques de la communauté","community.nav.news":"Actualités","community.nav.groups":"Groupes locaux","community.nav.directory":"Annuaire","community.nav.profile":"Ma fiche dans l’annuaire","community.nav.indicators":"Indicateurs","community.news.title":"Actualités de la communauté","community.news.count":"{n} actualité(s)","community.news.published":"Publié le {date}","community.news.notFound":"Cette actualité n’existe pas ou ne vous est pas ouverte.","community.groups.title":"Groupes locaux","community.groups.intro":"Retrouvez les animateurs de votre ville ou de votre région, et les ateliers publics qui s’y préparent.","community.groups.members":"{n} membre(s)","community.groups.youAreMember":"Vous en êtes membre","community.groups.where":"{city}, {region}","community.group.notFound":"Ce groupe local n’existe pas.","community.group.coordinators":"Coordination","community.group.noCoordinator":"Personne n’est encore nommé à la coordination.","community.group.membersTitle":"Membres ({n})","community.group.workshops":"Prochains ateliers publics à {city}","community.group.noWorkshop":"Aucun atelier public prévu dans cette ville pour le moment.","community.group.join":"Rejoindre ce groupe","community.group.leave":"Quitter ce groupe","community.group.joined":"Vous avez rejoint le groupe « {name} ».","community.group.left":"Vous avez quitté le groupe « {name} ».","community.directory.title":"Annuaire des animateurs","community.directory.intro":"Seuls les animateurs qui ont choisi d’y figurer apparaissent, avec ce qu’ils ont choisi de partager.","community.directory.search":"Nom ou prénom","community.directory.city":"Ville","community.directory.belt":"Ceinture","community.directory.anyBelt":"Toutes les ceintures","community.directory.submit":"Rechercher","community.directory.count":"{n} animateur(s) trouvé(s)","community.directory.shown":"{shown} affiché(s) sur {total}","community.directory.none":"Aucun animateur ne correspond à cette recherche.","community.directory.languages":"Anime en : {langs}","community.directory.workshops":"{n} atelier(s) animé(s)","community.directory.contact":"Écrire à {email}","community.profile.title":"Ma fiche dans l’annuaire","community.profile.intro":"Choisissez si vous apparaissez dans l’annuaire et ce que vos pairs y voient. Votre nom, votre ceinture et vos ateliers animés y figurent toujours quand vous y êtes.","community.profile.listed":"Apparaître dans l’annuaire","community.profile.city":"Ville (facultatif)","community.profile.languages":"Langues dans lesquelles j’anime","community.profile.bioFr":"Présentation en français (facultatif)","community.profile.bioEn":"Présentation en anglais (facultatif)","community.profile.left":"{n} caractère(s) restant(s)","community.profile.showEmail":"Montrer mon adresse e-mail à mes pairs","community.profile.submit":"Enregistrer ma fiche","community.profile.saved":"Votre fiche est enregistrée.","community.indicators.title":"Indicateurs de la communauté","community.indicators.facilitators":"Animateurs","community.indicators.workshops":"Ateliers déclarés","community.indicators.participants":"Participants touchés","community.indicators.byBelt":"Animateurs par ceinture","community.indicators.beltCol":"Ceinture","community.indicators.countCol":"Nombre","community.toolbox.title":"Ressources","community.toolbox.intro":"Les documents et guides que l’espace met à disposition des animateurs.","community.toolbox.download":"Télécharger {name}","community.toolbox.open":"Ouvrir {name}","community.toolbox.guides":"Guides de la rubrique","community.toolbox.none":"Aucune ressource n’est publiée pour le moment.","community.toolbox.failed":"Le téléchargement a échoué. Réessayez.","community.pros.title":"Ateliers professionnels","community.pros.intro":"Les ateliers destinés à des professionnels qui cherchent un animateur. Ils sont ouverts aux ceintures que l’espace a choisies.","community.pros.none":"Aucun atelier professionnel ne vous est ouvert pour le moment.","community.pros.when":"{date} · {place}","community.pros.online":"en ligne","community.pros.message":"Message à l’organisateur pour « {title} » (facultatif)","community.pros.apply":"Proposer de co-animer","community.pros.applied":"Votre candidature pour « {title} » est envoyée à son organisateur.","community.peers.title":"Validation par les pairs","community.peers.intro":"Les ceintures verte et bleue s’obtiennent par cooptation : des animateurs qui ont déjà cette ceinture, ou une plus haute, confirment votre expérience.","community.peers.mine":"Mon parcours","community.peers.myBelt":"Votre ceinture : {belt}","community.peers.next":"Prochaine ceinture : {belt}","community.peers.top":"Vous avez la ceinture la plus haute.","community.peers.req.WORKSHOPS":"Ateliers déclarés : {progress} sur {target}","community.peers.req.CO_OPTATIONS":"Cooptations : {progress} sur {target}","community.peers.met":"(atteint)","community.peers.ask":"Demander la cooptation pour la ceinture {belt}","community.peers.asked":"Votre demande de ceinture {belt} est ouverte : les animateurs de cette ceinture ou d’une plus haute peuvent maintenant vous coopter.","community.peers.alreadyAsked":"Votre demande pour cette ceinture est déjà ouverte.","community.peers.cannotAsk":"La prochaine ceinture ne s’obtient pas par cooptation : continuez à déclarer vos ateliers.","community.peers.received":"Cooptations reçues","community.peers.noneReceived":"Aucune cooptation pour le moment.","community.peers.by":"{name} ({belt}), le {date}, pour la ceinture {for}","community.peers.toCoOpt":"Demandes que vous pouvez coopter","community.peers.noRequest":"Aucune demande en attente de votre cooptation.","community.peers.candidate":"Ceinture {belt} · {n} atelier(s) animé(s)","community.peers.wants":"Demande la ceinture {belt}","community.peers.sofar":"Cooptations : {n} sur {required}","community.peers.sofarBy":"Déjà cooptée par : {names}","community.peers.comment":"Commentaire pour {name} (facultatif)","community.peers.coOpt":"Coopter {name}","community.peers.coOpted":"Vous avez coopté {name}.","community.peers.raised":"{name} obtient la ceinture {belt}.","community.peers.coOptRule":"Vous pouvez coopter pour votre ceinture ou une ceinture inférieure, une fois par demande.","community.help.title":"Aide","community.help.nav":"Rubriques de l’aide","community.help.nav.guides":"Guides","community.help.nav.faq":"Questions fréquentes","community.help.nav.contact":"Nous écrire","community.help.search":"Rechercher dans l’aide","community.help.searchHint":"Les résultats s’affichent pendant la saisie.","community.help.results":"{n} résultat(s)","community.help.noResult":"Aucun résultat pour cette recherche.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Ressource","community.help.kind.News":"Actualité","community.help.restricted":"Réservé aux animateurs","community.help.restrictedTo":"Réservé aux membres de l’espace","community.help.guideNotFound":"Ce guide n’existe pas ou ne vous est pas ouvert.","community.help.attachments":"Fichiers joints","community.help.faqTitle":"Questions fréquentes","community.help.contactTitle":"Nous écrire","community.help.contactIntro":"Une question sur votre compte ou votre parcours ? L’équipe support vous répond par e-mail.","community.help.name":"Votre nom","community.help.email":"Votre adresse e-mail","community.help.subject":"Sujet","community.help.message":"Votre message","community.help.send":"Envoyer","community.help.sent":"Votre message est envoyé au support. Vous recevrez la réponse à {email}.","community.help.required":"(obligatoire)"},Je={"community.menu.community":"Community","community.menu.resources":"Resources","community.menu.pros":"Pros","community.menu.peers":"Peer validation","community.menu.help":"Help","community.belt.WHITE":"White","community.belt.YELLOW":"Yellow","community.belt.ORANGE":"Orange","community.belt.GREEN":"Green","community.belt.BLUE":"Blue","community.belt.label":"{belt} belt","community.belt.none":"No belt","community.lang.FR":"French","community.lang.EN":"English","community.more":"Show more","community.back":"Back","community.empty":"Nothing yet.","community.title":"Community","community.nav":"Community sections","community.nav.news":"News","community.nav.groups":"Local groups","community.nav.directory":"Directory","community.nav.profile":"My directory entry","community.nav.indicators":"Indicators","community.news.title":"Community news","community.news.count":"{n} post(s)","community.news.published":"Published on {date}","community.news.notFound":"This post does not exist or is not open to you.","community.groups.title":"Local groups","community.groups.intro":"Meet the facilitators of your city or region, and the public workshops being prepared there.","community.groups.members":"{n} member(s)","community.groups.youAreMember":"You are a member","community.groups.where":"{city}, {region}","community.group.notFound":"This local group does not exist.","community.group.coordinators":"Coordinators","community.group.noCoordinator":"Nobody has been named coordinator yet.","community.group.membersTitle":"Members ({n})","community.group.workshops":"Upcoming public workshops in {city}","community.group.noWorkshop":"No public workshop is planned in this city yet.","community.group.join":"Join this group","community.group.leave":"Leave this group","community.group.joined":"You joined the group “{name}”.","community.group.left":"You left the group “{name}”.","community.directory.title":"Facilitator directory","community.directory.intro":"Only the facilitators who chose to appear are listed, with what they chose to share.","community.directory.search":"First or last name","community.directory.city":"City","community.directory.belt":"Belt","community.directory.anyBelt":"Any belt","community.directory.submit":"Search","community.directory.count":"{n} facilitator(s) found","community.directory.shown":"{shown} shown out of {total}","community.directory.none":"No facilitator matches this search.","community.directory.languages":"Facilitates in: {langs}","community.directory.workshops":"{n} workshop(s) run","community.directory.contact":"Write to {email}","community.profile.title":"My directory entry","community.profile.intro":"Choose whether you appear in the directory and what your peers see there. Your name, belt and workshops run always show while you are listed.","community.profile.listed":"Appear in the directory","community.profile.city":"City (optional)","community.profile.languages":"Languages I facilitate in","community.profile.bioFr":"Presentation in French (optional)","community.profile.bioEn":"Presentation in English (optional)","community.profile.left":"{n} character(s) left","community.profile.showEmail":"Show my e-mail address to my peers","community.profile.submit":"Save my entry","community.profile.saved":"Your entry is saved.","community.indicators.title":"Community indicators","community.indicators.facilitators":"Facilitators","community.indicators.workshops":"Workshops reported","community.indicators.participants":"Participants reached","community.indicators.byBelt":"Facilitators by belt","community.indicators.beltCol":"Belt","community.indicators.countCol":"Count","community.toolbox.title":"Resources","community.toolbox.intro":"The documents and guides the space offers its facilitators.","community.toolbox.download":"Download {name}","community.toolbox.open":"Open {name}","community.toolbox.guides":"Guides of this category","community.toolbox.none":"No resource is published yet.","community.toolbox.failed":"The download failed. Please try again.","community.pros.title":"Professional workshops","community.pros.intro":"Workshops for professionals that are looking for a facilitator. They are open to the belts the space chose.","community.pros.none":"No professional workshop is open to you right now.","community.pros.when":"{date} · {place}","community.pros.online":"online","community.pros.message":"Message to the organiser of “{title}” (optional)","community.pros.apply":"Offer to co-facilitate","community.pros.applied":"Your application for “{title}” was sent to its organiser.","community.peers.title":"Peer validation","community.peers.intro":"The green and blue belts come by co-optation: facilitators who hold that belt, or a higher one, vouch for your experience.","community.peers.mine":"My journey","community.peers.myBelt":"Your belt: {belt}","community.peers.next":"Next belt: {belt}","community.peers.top":"You hold the highest belt.","community.peers.req.WORKSHOPS":"Workshops reported: {progress} of {target}","community.peers.req.CO_OPTATIONS":"Co-optations: {progress} of {target}","community.peers.met":"(done)","community.peers.ask":"Ask to be co-opted for the {belt} belt","community.peers.asked":"Your request for the {belt} belt is open: facilitators of that belt or a higher one can now co-opt you.","community.peers.alreadyAsked":"Your request for this belt is already open.","community.peers.cannotAsk":"Your next belt does not come by co-optation: keep reporting your workshops.","community.peers.received":"Co-optations received","community.peers.noneReceived":"No co-optation yet.","community.peers.by":"{name} ({belt}), on {date}, for the {for} belt","community.peers.toCoOpt":"Requests you may co-opt","community.peers.noRequest":"No request is waiting for your co-optation.","community.peers.candidate":"{belt} belt · {n} workshop(s) run","community.peers.wants":"Asks for the {belt} belt","community.peers.sofar":"Co-optations: {n} of {required}","community.peers.sofarBy":"Already co-opted by: {names}","community.peers.comment":"Comment for {name} (optional)","community.peers.coOpt":"Co-opt {name}","community.peers.coOpted":"You co-opted {name}.","community.peers.raised":"{name} now holds the {belt} belt.","community.peers.coOptRule":"You may co-opt for your belt or a lower one, once per request.","community.help.title":"Help","community.help.nav":"Help sections","community.help.nav.guides":"Guides","community.help.nav.faq":"FAQ","community.help.nav.contact":"Contact us","community.help.search":"Search the help","community.help.searchHint":"Results show as you type.","community.help.results":"{n} result(s)","community.help.noResult":"Nothing found for this search.","community.help.kind.Guide":"Guide","community.help.kind.Faq":"Question","community.help.kind.Resource":"Resource","community.help.kind.News":"News","community.help.restricted":"For facilitators","community.help.restrictedTo":"For members of the space","community.help.guideNotFound":"This guide does not exist or is not open to you.","community.help.attachments":"Attached files","community.help.faqTitle":"Frequently asked questions","community.help.contactTitle":"Contact us","community.help.contactIntro":"A question about your account or your journey? The support team answers by e-mail.","community.help.name":"Your name","community.help.email":"Your e-mail address","community.help.subject":"Subject","community.help.message":"Your message","community.help.send":"Send","community.help.sent":"Your message was sent to support. The answer will come to {email}.","community.help.required":"(required)"},Xe={},Ke={},Ze={},et={},tt={"app.title":"Mon compte","nav.skip":"Aller au contenu","nav.label":"Mon compte","nav.help":"Centre d’aide","lang.choose":"Langue de l’interface","lang.fr":"Français","lang.en":"English (anglais)","state.loading":"Chargement…","error.network":"Le serveur ne répond pas. Vérifiez votre connexion et réessayez.","error.notFoundTitle":"Page introuvable","error.notFound":"Cette adresse ne correspond à aucune page de l’espace membre.","error.noToken":"Ce lien est incomplet : ouvrez le lien reçu par e-mail tel quel.","field.email":"Adresse e-mail","field.password":"Mot de passe","field.currentPassword":"Mot de passe actuel","field.newPassword":"Nouveau mot de passe","field.firstName":"Prénom","field.lastName":"Nom","field.locale":"Langue préférée (e-mails et pages)","field.newEmail":"Nouvelle adresse e-mail","field.required":"(obligatoire)","signIn.title":"Connexion","signIn.submit":"Se connecter","signIn.forgot":"Mot de passe oublié ?","signIn.noAccount":"Pas encore de compte ?","signIn.notActive":"Votre compte n’est pas encore activé.","signIn.resend":"Recevoir à nouveau le lien d’activation",signOut:"Se déconnecter","signUp.title":"Créer un compte","signUp.submit":"Créer mon compte","signUp.done":"C’est presque fini : nous vous avons envoyé un e-mail à {email}. Ouvrez le lien qu’il contient pour activer votre compte.","signUp.haveAccount":"Déjà un compte ?","activate.title":"Activation du compte","activate.working":"Activation en cours…","activate.active":"Votre compte est activé. Vous pouvez vous connecter.","activate.pending":"Votre adresse est confirmée. Votre compte doit encore être validé ; vous recevrez un e-mail.","resend.title":"Recevoir à nouveau le lien d’activation","resend.submit":"Envoyer le lien","resend.done":"Si un compte en attente d’activation existe pour cette adresse, un nouveau lien vient de lui être envoyé.","forgot.title":"Mot de passe oublié","forgot.submit":"Recevoir un lien","forgot.done":"Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.","reset.title":"Choisir un nouveau mot de passe","reset.submit":"Enregistrer le mot de passe","reset.done":"Votre mot de passe est enregistré. Vous pouvez vous connecter.","home.title":"Mon compte","home.hello":"Bonjour {name}","home.email":"Adresse e-mail : {email}","menu.home":"Accueil","menu.profile":"Mon profil","menu.password":"Mot de passe","menu.email":"Adresse e-mail","password.title":"Changer de mot de passe","password.forced":"Pour continuer, choisissez un nouveau mot de passe.","password.submit":"Changer le mot de passe","password.done":"Votre mot de passe est changé.","profile.title":"Mon profil","profile.submit":"Enregistrer","profile.done":"Votre profil est enregistré.","email.title":"Changer d’adresse e-mail","email.current":"Adresse actuelle : {email}","email.submit":"Recevoir un lien de confirmation","email.done":"Un lien de confirmation a été envoyé à {email}. L’adresse changera quand vous l’ouvrirez.","confirmEmail.title":"Confirmation de l’adresse e-mail","confirmEmail.done":"Votre adresse e-mail est maintenant {email}.","link.signIn":"Se connecter","link.signUp":"Créer un compte","link.account":"Mon compte"},nt={"app.title":"My account","nav.skip":"Skip to content","nav.label":"My account","nav.help":"Help center","lang.choose":"Interface language","lang.fr":"Français (French)","lang.en":"English","state.loading":"Loading…","error.network":"The server does not answer. Check your connection and try again.","error.notFoundTitle":"Page not found","error.notFound":"This address is not a page of the member area.","error.noToken":"This link is incomplete: open the link from the e-mail as it is.","field.email":"E-mail address","field.password":"Password","field.currentPassword":"Current password","field.newPassword":"New password","field.firstName":"First name","field.lastName":"Last name","field.locale":"Preferred language (e-mails and pages)","field.newEmail":"New e-mail address","field.required":"(required)","signIn.title":"Sign in","signIn.submit":"Sign in","signIn.forgot":"Forgot your password?","signIn.noAccount":"No account yet?","signIn.notActive":"Your account is not activated yet.","signIn.resend":"Get the activation link again",signOut:"Sign out","signUp.title":"Create an account","signUp.submit":"Create my account","signUp.done":"Almost done: we have sent an e-mail to {email}. Open its link to activate your account.","signUp.haveAccount":"Already have an account?","activate.title":"Account activation","activate.working":"Activating…","activate.active":"Your account is activated. You can sign in.","activate.pending":"Your address is confirmed. Your account still has to be approved; you will get an e-mail.","resend.title":"Get the activation link again","resend.submit":"Send the link","resend.done":"If an account waiting for activation exists for this address, a new link has just been sent to it.","forgot.title":"Forgotten password","forgot.submit":"Get a link","forgot.done":"If an account exists for this address, a link to choose a new password has just been sent to it.","reset.title":"Choose a new password","reset.submit":"Save the password","reset.done":"Your password is saved. You can sign in.","home.title":"My account","home.hello":"Hello {name}","home.email":"E-mail address: {email}","menu.home":"Home","menu.profile":"My profile","menu.password":"Password","menu.email":"E-mail address","password.title":"Change password","password.forced":"To continue, choose a new password.","password.submit":"Change the password","password.done":"Your password is changed.","profile.title":"My profile","profile.submit":"Save","profile.done":"Your profile is saved.","email.title":"Change e-mail address","email.current":"Current address: {email}","email.submit":"Get a confirmation link","email.done":"A confirmation link has been sent to {email}. The address will change when you open it.","confirmEmail.title":"E-mail address confirmation","confirmEmail.done":"Your e-mail address is now {email}.","link.signIn":"Sign in","link.signUp":"Create an account","link.account":"My account"},ot={...tt,...Qe,...We,...Xe,...Ze},st={...nt,...ze,...Je,...Ke,...et},rt={fr:ot,en:st};function it(t,n,o){let s=rt[t][n];if(o)for(const[r,i]of Object.entries(o))s=s.split("{"+r+"}").join(String(i));return s}const fe=c.createContext(null);function at(){const t=new URLSearchParams(location.search).get("lang");if(qe(t))return ue(localStorage,t),t;const n=[...navigator.languages??[],navigator.language].filter(Boolean);return Pe(localStorage,n)}function lt({children:t}){const[n,o]=c.useState(at),s=c.useCallback(i=>{ue(localStorage,i),o(i)},[]);c.useEffect(()=>{document.documentElement.lang=n},[n]);const r=c.useMemo(()=>({lang:n,setLang:s,t:((i,u)=>it(n,i,u))}),[n,s]);return e.jsx(fe.Provider,{value:r,children:t})}function j(){const t=c.useContext(fe);if(!t)throw new Error("useT outside MemberI18n");return t}const ct=["","sign-up","activate","resend","sign-in","forgot","reset-password","confirm-email","password","profile","email"],ut=["","password","profile","email"],mt=["activate","reset-password","confirm-email"],dt={pages:[],mail:{}};function be(t,n=dt){const o=t.split("/").filter(Boolean).map(r=>{try{return decodeURIComponent(r)}catch{return r}});if(o.length>=3&&o[0]==="spaces"&&o[2]==="account"){const r=o[1];if(o.length===3)return{space:r,page:""};const i=o[3];return n.pages.includes(i)?{space:r,page:i,rest:o.slice(4)}:{space:r,page:o.length===4&&ct.includes(i)?i:"not-found"}}if(o.length===1&&mt.includes(o[0]))return{space:null,page:o[0]};const s=o.join("/");return s in n.mail?{space:null,page:n.mail[s]}:{space:null,page:"not-found"}}function $(t,n=""){return`/spaces/${encodeURIComponent(t)}/account/${n==="not-found"?"":n}`}function ae(t,n){return`/spaces/${encodeURIComponent(t)}/${n}/`}function je(t,n){return n&&t.includes(n)?[n,...t.filter(o=>o!==n)]:[...t]}function te(t){const n=new URLSearchParams(t).get("token");return n&&n.trim()?n.trim():null}async function xe(t,n,o){let s={space:null,result:null};for(const r of t){const i=await n(r);if(o(i)!=="INVALID_TOKEN")return{space:r,result:i};s={space:null,result:i}}return s}function pt(t){const n=t?.violations;return Array.isArray(n)?n.map(o=>o&&typeof o=="object"&&typeof o.message=="string"?o.message:"").filter(Boolean):[]}function v({children:t}){return e.jsx("h1",{id:"page-title",tabIndex:-1,children:t})}function C({error:t,id:n}){const{t:o}=j();if(!t)return e.jsx("div",{id:n});const s=pt(t.graphQLErrors?.[0]?.extensions);return e.jsxs("div",{id:n,className:"error",role:"alert",children:[e.jsx("p",{children:me(t,o("error.network"))}),s.length>0&&e.jsx("ul",{children:s.map((r,i)=>e.jsx("li",{children:r},i))})]})}function P({children:t}){return e.jsx("p",{className:"done",role:"status",children:t})}function ne({id:t}){const{lang:n}=j(),[o]=N({query:He,context:c.useMemo(()=>({lang:n}),[n])});return e.jsx("p",{id:t,className:"hint",children:o.data?.passwordPolicy.description??""})}function S(t){const{t:n}=j();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label," ",e.jsx("span",{className:"req",children:n("field.required")})]}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,onChange:o=>t.set(o.target.value),autoComplete:t.autoComplete,"aria-describedby":t.describedBy,required:!0})]})}function I({ctx:t,page:n,children:o}){return e.jsx("a",{href:$(t.space,n),onClick:s=>{s.preventDefault(),t.go(n)},children:o})}function M(){const[t,n]=c.useState(!1),[o,s]=c.useState(null);return{busy:t,error:o,setError:s,send:async i=>{n(!0),s(null);const u=await i();return n(!1),u.error?(s(u.error),null):u.data??null}}}function oe(){const{t}=j();return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("error.notFoundTitle")}),e.jsx("p",{children:t("error.notFound")})]})}const yt=[],ht=w(`
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
`),gt=w(`
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
`),ft=w(`
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
`),bt=w(`
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
`),jt=w(`
  mutation MemberJoinLocalGroup($id: ID!) {
    joinLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),xt=w(`
  mutation MemberLeaveLocalGroup($id: ID!) {
    leaveLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`),wt=w(`
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
`),vt=w(`
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
`),kt=w(`
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
`),Nt=w(`
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
`),Ct=w(`
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
`),St=w(`
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
`),qt=w(`
  mutation MemberApplyToWorkshop($id: ID!, $message: String) {
    applyToWorkshop(id: $id, message: $message) {
      application {
        id
        status
      }
    }
  }
`),Pt=w(`
  query MemberPeers {
    me {
      id
      belt
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
`),Et=w(`
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
`),Mt=w(`
  mutation MemberRequestBeltValidation {
    requestBeltValidation {
      request {
        id
        belt
        status
      }
    }
  }
`),Ft=w(`
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
`),It=w(`
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
          }
        }
      }
    }
  }
`),Rt=w(`
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
`),At=w(`
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
`),Lt=w(`
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
`),$t=w(`
  mutation MemberContactSupport($input: SupportRequestInput!) {
    contactSupport(input: $input) {
      id
    }
  }
`),Tt=w(`
  query MemberContactMe {
    me {
      id
      email
      displayName
    }
  }
`),we=["WHITE","YELLOW","ORANGE","GREEN","BLUE"],Ot=["facilitator","white","yellow","orange","green","blue"];function B(t){return t.modules.includes("trainings")&&t.roles.some(n=>Ot.includes(n.toLowerCase()))}const Bt=10,Dt=200;function Ut(t,n=0){const o={first:Bt,offset:n},s=t.search.trim().replace(/\s+/g," "),r=t.city.trim();return s&&(o.search=s),r&&(o.city=r),we.includes(t.belt)&&(o.belt=t.belt),o}function Gt(t,n){return t<n&&t<Dt}function Vt(t){const n=t.find(o=>o.code==="CO_OPTATIONS");return n?{have:n.progress,need:n.target,left:Math.max(0,n.target-n.progress)}:null}const Z=600;function le(t,n=Z){return n-[...t].length}function ve(t,n){if(t==null||t<0)return"";const o=n==="fr"?["o","ko","Mo"]:["B","kB","MB"];if(t<1e3)return`${t} ${o[0]}`;const[s,r]=t<1e6?[t/1e3,o[1]]:[t/1e6,o[2]],i=s.toFixed(s<10?1:0);return`${n==="fr"?i.replace(".",","):i} ${r}`}function G(t,n,o=!1){const s=new Date(t);return Number.isNaN(s.getTime())?"":s.toLocaleString(n==="fr"?"fr-FR":"en-GB",{day:"numeric",month:"long",year:"numeric",...o?{hour:"2-digit",minute:"2-digit"}:{}})}function ke(t,n,o){return t.length===0?o:n.includes(t[0])?t[0]:null}function A(t){return(t??[]).flatMap(n=>n?.node?[n.node]:[])}function Yt(t,n){let o;try{o=new URL(t,n)}catch{return{href:t,ours:!1}}return/^\/spaces\/[^/]+\/files\//.test(o.pathname)?{href:o.pathname+o.search,ours:!0}:{href:o.href,ours:!1}}function Ne({ctx:t,label:n,current:o,items:s}){const{t:r}=j();return e.jsx("nav",{"aria-label":n,className:"subnav",children:e.jsx("ul",{children:s.map(([i,u])=>e.jsx("li",{children:e.jsx("a",{href:$(t.space,i),"aria-current":i===o?"page":void 0,onClick:m=>{m.preventDefault(),t.go(i)},children:r(u)})},i))})})}function R({ctx:t,to:n,children:o}){return e.jsx("a",{href:$(t.space,n),onClick:s=>{s.preventDefault(),t.go(n)},children:o})}function F({error:t,id:n}){const{t:o}=j();return t?e.jsx(C,{error:t,id:n}):e.jsx("p",{role:"status",children:o("state.loading")})}function V(){const{t}=j();return n=>t(n?"community.belt."+n:"community.belt.none")}function _t(){const{t}=j();return n=>n.map(o=>t("community.lang."+o)).join(", ")}function ee(t){return e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:t.id,children:t.label}),e.jsx("input",{id:t.id,name:t.id,type:t.type??"text",value:t.value,autoComplete:t.autoComplete,"aria-describedby":t.describedBy,onChange:n=>t.set(n.target.value)})]})}function D(t){const{t:n}=j();return e.jsxs("div",{className:"field",children:[e.jsxs("label",{htmlFor:t.id,children:[t.label,t.required&&e.jsxs("span",{className:"req",children:[" ",n("field.required")]})]}),e.jsx("textarea",{id:t.id,name:t.id,value:t.value,rows:t.rows??4,maxLength:t.maxLength,required:t.required,"aria-describedby":t.describedBy,onChange:o=>t.set(o.target.value)})]})}function W({html:t,className:n}){return e.jsx("div",{className:n??"prose",dangerouslySetInnerHTML:{__html:t}})}function se(t){c.useEffect(()=>{t&&document.getElementById("page-title")?.focus()},[t])}function re({ctx:t,url:n,filename:o,children:s,className:r}){const{t:i,lang:u}=j(),{href:m,ours:a}=Yt(n,location.origin),[l,y]=c.useState(!1),d=async p=>{if(!(!a||!t.token)){p.preventDefault(),y(!1);try{const f=await fetch(m,{headers:{Authorization:"Bearer "+t.token,"Accept-Language":u}});if(!f.ok)throw new Error(String(f.status));const g=URL.createObjectURL(await f.blob()),x=document.createElement("a");x.href=g,x.download=o??m.split("/").pop()??"file",document.body.appendChild(x),x.click(),x.remove(),setTimeout(()=>URL.revokeObjectURL(g),6e4)}catch{y(!0)}}};return e.jsxs(e.Fragment,{children:[e.jsx("a",{href:m,className:r,download:a?o??"":void 0,onClick:d,children:s}),l&&e.jsxs("span",{className:"error",role:"alert",children:[" ",i("community.toolbox.failed")]})]})}const Ht=[["community","community.nav.news"],["community/groups","community.nav.groups"],["community/directory","community.nav.directory"],["community/profile","community.nav.profile"],["community/indicators","community.nav.indicators"]];function Qt({ctx:t,rest:n}){const{t:o}=j(),s=ke(n,["news","groups","directory","profile","indicators"],"news");if(!s)return e.jsx(oe,{});const r=s==="news"?"community":"community/"+s;let i;switch(s){case"news":i=n[1]?e.jsx(Wt,{slug:n[1],ctx:t}):e.jsx(zt,{ctx:t});break;case"groups":i=n[1]?e.jsx(Xt,{id:n[1],ctx:t}):e.jsx(Jt,{ctx:t});break;case"directory":i=e.jsx(Kt,{});break;case"profile":i=e.jsx(Zt,{ctx:t});break;case"indicators":i=e.jsx(tn,{});break}return e.jsxs(e.Fragment,{children:[e.jsx(Ne,{ctx:t,label:o("community.nav"),current:r,items:Ht}),i]})}function zt({ctx:t}){const{t:n,lang:o}=j(),[s,r]=c.useState(null),i=E(o),[u]=N({query:ht,variables:{first:10,after:s,locale:i}}),[m,a]=c.useState([]);c.useEffect(()=>{a([]),r(null)},[i]);const l=u.data?.news.edges??[],y=[...m,...A(l).filter(d=>!m.some(p=>p.id===d.id))];return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.news.title")}),u.data?e.jsxs(e.Fragment,{children:[e.jsx("p",{children:n("community.news.count",{n:u.data.news.totalCount})}),y.length===0&&e.jsx("p",{children:n("community.empty")}),e.jsx("ul",{className:"cards","aria-label":n("community.news.title"),children:y.map(d=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(R,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})}),e.jsx("p",{className:"meta",children:n("community.news.published",{date:G(d.publishedAt,o)})}),e.jsx("p",{children:d.summary})]},d.id))}),u.data.news.pageInfo.hasNextPage&&e.jsx("button",{type:"button",className:"secondary",onClick:()=>{a(y),r(u.data.news.pageInfo.endCursor??null)},children:n("community.more")})]}):e.jsx(F,{error:u.error,id:"news-error"})]})}function Wt({ctx:t,slug:n}){const{t:o,lang:s}=j(),[r]=N({query:gt,variables:{slug:n,locale:E(s)}});if(se(!!r.data),!r.data)return e.jsx(F,{error:r.error,id:"news-error"});const i=r.data.newsPost;return i?e.jsxs("article",{lang:i.locale.toLowerCase(),children:[e.jsx(v,{children:i.title}),e.jsx("p",{className:"meta",children:o("community.news.published",{date:G(i.publishedAt,s)})}),e.jsx(W,{html:i.html}),e.jsx("p",{children:e.jsx(R,{ctx:t,to:"community",children:o("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.news.notFound")})]})}function Jt({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:ft,variables:{locale:E(o)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.groups.title")}),e.jsx("p",{children:n("community.groups.intro")}),s.data?A(s.data.localGroups.edges).length===0?e.jsx("p",{children:n("community.empty")}):e.jsx("ul",{className:"cards","aria-label":n("community.groups.title"),children:A(s.data.localGroups.edges).map(r=>e.jsxs("li",{children:[e.jsx("h2",{children:e.jsx(R,{ctx:t,to:"community/groups/"+encodeURIComponent(r.id),children:r.name})}),e.jsxs("p",{className:"meta",children:[[r.city,r.region].filter(Boolean).join(", ")," · ",n("community.groups.members",{n:r.memberCount}),r.viewerIsMember&&e.jsxs(e.Fragment,{children:[" · ",e.jsx("strong",{children:n("community.groups.youAreMember")})]})]})]},r.id))}):e.jsx(F,{error:s.error,id:"groups-error"})]})}function Xt({ctx:t,id:n}){const{t:o,lang:s}=j(),r=V(),[i,u]=N({query:bt,variables:{id:n,locale:E(s)},requestPolicy:"cache-and-network"}),{busy:m,error:a,send:l}=M(),[y,d]=c.useState(null);if(se(!!i.data),!i.data)return e.jsx(F,{error:i.error,id:"group-error"});const p=i.data.localGroup;if(!p)return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.group.notFound")})]});const f=async()=>{d(null);const g=!p.viewerIsMember;await l(()=>g?t.client.mutation(jt,{id:p.id}).toPromise():t.client.mutation(xt,{id:p.id}).toPromise())&&(d(o(g?"community.group.joined":"community.group.left",{name:p.name})),u({requestPolicy:"network-only"}))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:p.name}),e.jsxs("p",{className:"meta",children:[[p.city,p.region].filter(Boolean).join(", ")," · ",o("community.groups.members",{n:p.memberCount})]}),p.description&&e.jsx("p",{children:p.description}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:m,onClick:f,"aria-describedby":"group-error",children:o(p.viewerIsMember?"community.group.leave":"community.group.join")})}),e.jsx(C,{error:a,id:"group-error"}),y&&e.jsx(P,{children:y}),e.jsx("h2",{children:o("community.group.coordinators")}),p.coordinators.length===0?e.jsx("p",{children:o("community.group.noCoordinator")}):e.jsx("p",{children:p.coordinators.map(g=>g.displayName).join(", ")}),e.jsx("h2",{id:"group-members",children:o("community.group.membersTitle",{n:p.members.totalCount})}),e.jsx("ul",{className:"people","aria-labelledby":"group-members",children:A(p.members.edges).map(g=>e.jsxs("li",{children:[g.displayName," ",e.jsxs("span",{className:"meta",children:["(",o("community.belt.label",{belt:r(g.belt)}),")"]})]},g.id))}),e.jsx("h2",{id:"group-workshops",children:o("community.group.workshops",{city:p.city})}),(p.upcomingWorkshops.edges??[]).length===0?e.jsx("p",{children:o("community.group.noWorkshop")}):e.jsx("ul",{"aria-labelledby":"group-workshops",children:(p.upcomingWorkshops.edges??[]).map(g=>g?.node?e.jsxs("li",{children:[G(g.node.startsAt,s,!0)," — ",g.node.title,g.node.city?` (${g.node.city})`:""]},g.node.id):null)}),e.jsx("p",{children:e.jsx(R,{ctx:t,to:"community/groups",children:o("community.back")})})]})}function Kt(){const{t,lang:n}=j(),o=V(),s=_t(),[r,i]=c.useState({search:"",city:"",belt:""}),[u,m]=c.useState(null),[a,l]=c.useState([]),[y,d]=c.useState(null),{busy:p,error:f,send:g}=M(),x=Ee(),k=async(h,T)=>{const L=await g(()=>x.query(wt,Ut(h,T),{requestPolicy:"network-only"}).toPromise());L&&(m(h),d(L.facilitatorDirectory.totalCount),l(Y=>T===0?L.facilitatorDirectory.entries:[...Y,...L.facilitatorDirectory.entries]))};c.useEffect(()=>{k(u??r,0)},[n]);const b=h=>{h.preventDefault(),k(r,0)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.directory.title")}),e.jsx("p",{children:t("community.directory.intro")}),e.jsxs("form",{role:"search",className:"form searchform",onSubmit:b,"aria-describedby":"directory-error",children:[e.jsx(ee,{id:"dir-search",label:t("community.directory.search"),value:r.search,set:h=>i({...r,search:h})}),e.jsx(ee,{id:"dir-city",label:t("community.directory.city"),value:r.city,set:h=>i({...r,city:h})}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"dir-belt",children:t("community.directory.belt")}),e.jsxs("select",{id:"dir-belt",value:r.belt,onChange:h=>i({...r,belt:h.target.value}),children:[e.jsx("option",{value:"",children:t("community.directory.anyBelt")}),we.map(h=>e.jsx("option",{value:h,children:o(h)},h))]})]}),e.jsx("button",{type:"submit",className:"primary",disabled:p,children:t("community.directory.submit")})]}),e.jsx(C,{error:f,id:"directory-error"}),e.jsx("div",{"aria-live":"polite",id:"directory-count",children:y!==null&&e.jsx("p",{children:y===0?t("community.directory.none"):t("community.directory.count",{n:y})})}),e.jsx("ul",{className:"cards",id:"directory-results","aria-label":t("community.directory.title"),children:a.map(h=>e.jsxs("li",{className:"entry",children:[e.jsx("h2",{children:h.displayName}),e.jsxs("p",{className:"meta",children:[t("community.belt.label",{belt:o(h.belt)})," · ",t("community.directory.workshops",{n:h.workshopsRun}),h.city?` · ${h.city}`:""]}),h.languages.length>0&&e.jsx("p",{children:t("community.directory.languages",{langs:s(h.languages)})}),h.bio&&e.jsx("p",{className:"bio",children:h.bio}),h.contactEmail&&e.jsx("p",{children:e.jsx("a",{href:"mailto:"+h.contactEmail,children:t("community.directory.contact",{email:h.contactEmail})})})]},h.id))}),y!==null&&a.length>0&&e.jsx("p",{className:"meta",children:t("community.directory.shown",{shown:a.length,total:y})}),y!==null&&Gt(a.length,y)&&e.jsx("button",{type:"button",className:"secondary",disabled:p,onClick:()=>k(u??r,a.length),children:t("community.more")})]})}function Zt({ctx:t}){const{t:n}=j(),[o]=N({query:vt,requestPolicy:"network-only"}),s=o.data?.me?.directoryProfile;return o.data?e.jsx(en,{ctx:t,initial:s??{listed:!1,city:"",languages:[],bioFr:"",bioEn:"",showEmail:!1}}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.profile.title")}),e.jsx(F,{error:o.error,id:"profile-error"})]})}function en({ctx:t,initial:n}){const{t:o}=j(),[s,r]=c.useState(n.listed),[i,u]=c.useState(n.city??""),[m,a]=c.useState([...n.languages]),[l,y]=c.useState(n.bioFr??""),[d,p]=c.useState(n.bioEn??""),[f,g]=c.useState(n.showEmail),[x,k]=c.useState(!1),{busy:b,error:h,send:T}=M(),L=async q=>{q.preventDefault(),k(!1),await T(()=>t.client.mutation(kt,{input:{listed:s,city:i.trim(),languages:m,bioFr:l,bioEn:d,showEmail:f}}).toPromise())&&k(!0)},Y=(q,_)=>a(ie=>_?[...ie.filter(J=>J!==q),q]:ie.filter(J=>J!==q));return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("community.profile.title")}),e.jsx("p",{children:o("community.profile.intro")}),e.jsxs("form",{className:"form",onSubmit:L,"aria-describedby":"dirprofile-error",children:[e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-listed",type:"checkbox",checked:s,onChange:q=>r(q.target.checked)}),e.jsx("label",{htmlFor:"dir-listed",children:o("community.profile.listed")})]}),e.jsx(ee,{id:"dir-profile-city",label:o("community.profile.city"),value:i,set:u,autoComplete:"address-level2"}),e.jsxs("fieldset",{children:[e.jsx("legend",{children:o("community.profile.languages")}),["FR","EN"].map(q=>e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-lang-"+q,type:"checkbox",checked:m.includes(q),onChange:_=>Y(q,_.target.checked)}),e.jsx("label",{htmlFor:"dir-lang-"+q,children:o("community.lang."+q)})]},q))]}),e.jsx(D,{id:"dir-bio-fr",label:o("community.profile.bioFr"),value:l,set:y,maxLength:Z,describedBy:"dir-bio-fr-left"}),e.jsx("p",{id:"dir-bio-fr-left",className:"hint",children:o("community.profile.left",{n:le(l)})}),e.jsx(D,{id:"dir-bio-en",label:o("community.profile.bioEn"),value:d,set:p,maxLength:Z,describedBy:"dir-bio-en-left"}),e.jsx("p",{id:"dir-bio-en-left",className:"hint",children:o("community.profile.left",{n:le(d)})}),e.jsxs("div",{className:"check",children:[e.jsx("input",{id:"dir-show-email",type:"checkbox",checked:f,onChange:q=>g(q.target.checked)}),e.jsx("label",{htmlFor:"dir-show-email",children:o("community.profile.showEmail")})]}),e.jsx(C,{error:h,id:"dirprofile-error"}),x&&e.jsx(P,{children:o("community.profile.saved")}),e.jsx("button",{type:"submit",className:"primary",disabled:b,children:o("community.profile.submit")})]})]})}function tn(){const{t}=j(),n=V(),[o]=N({query:Nt,requestPolicy:"cache-and-network"}),s=c.useMemo(()=>o.data?.communityIndicators,[o.data]);return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.indicators.title")}),s?e.jsxs(e.Fragment,{children:[e.jsxs("dl",{className:"figures",children:[e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.facilitators")}),e.jsx("dd",{id:"ind-facilitators",children:s.facilitators})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.workshops")}),e.jsx("dd",{id:"ind-workshops",children:s.workshopsReported})]}),e.jsxs("div",{children:[e.jsx("dt",{children:t("community.indicators.participants")}),e.jsx("dd",{id:"ind-participants",children:s.participantsReached})]})]}),e.jsxs("table",{className:"table",children:[e.jsx("caption",{children:t("community.indicators.byBelt")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("community.indicators.beltCol")}),e.jsx("th",{scope:"col",children:t("community.indicators.countCol")})]})}),e.jsx("tbody",{children:s.byBelt.map(r=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n(r.belt)}),e.jsx("td",{children:r.count})]},r.belt))})]})]}):e.jsx(F,{error:o.error,id:"indicators-error"})]})}const nn=[["help","community.help.nav.guides"],["help/faq","community.help.nav.faq"],["help/contact","community.help.nav.contact"]];function on({ctx:t,rest:n}){const{t:o}=j(),s=ke(n,["guides","faq","contact"],"guides");if(!s||s==="guides"&&n.length>2)return e.jsx(oe,{});const r=s==="guides"?"help":"help/"+s;return e.jsxs(e.Fragment,{children:[e.jsx(Ne,{ctx:t,label:o("community.help.nav"),current:r,items:nn}),s==="guides"&&(n[1]?e.jsx(an,{ctx:t,slug:n[1]}):e.jsx(sn,{ctx:t})),s==="faq"&&e.jsx(ln,{}),s==="contact"&&e.jsx(cn,{ctx:t})]})}function Ce({audience:t}){const{t:n}=j();return t==="PUBLIC"?null:e.jsx("span",{className:"badge",children:n(t==="FACILITATOR"?"community.help.restricted":"community.help.restrictedTo")})}function sn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:It,variables:{locale:E(o)},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.help.title")}),e.jsx(rn,{ctx:t}),s.data?s.data.categories.filter(r=>A(r.guides.edges).length>0).map(r=>e.jsxs("section",{"aria-labelledby":"help-cat-"+r.slug,children:[e.jsx("h2",{id:"help-cat-"+r.slug,children:r.title}),r.description&&e.jsx("p",{className:"meta",children:r.description}),e.jsx("ul",{children:A(r.guides.edges).map(i=>e.jsxs("li",{children:[e.jsx(R,{ctx:t,to:"help/guides/"+encodeURIComponent(i.slug),children:i.title}),i.summary&&e.jsxs("span",{className:"meta",children:[" — ",i.summary]})]},i.id))})]},r.id)):e.jsx(F,{error:s.error,id:"help-error"})]})}function rn({ctx:t}){const{t:n,lang:o}=j(),[s,r]=c.useState(""),[i,u]=c.useState("");c.useEffect(()=>{const l=setTimeout(()=>u(s.trim()),250);return()=>clearTimeout(l)},[s]);const[m]=N({query:Lt,variables:{query:i,locale:E(o),first:20},pause:i.length<2}),a=i.length>=2?m.data?.search:void 0;return e.jsxs("form",{role:"search",className:"form",onSubmit:l=>l.preventDefault(),children:[e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"help-search",children:n("community.help.search")}),e.jsx("input",{id:"help-search",type:"search",value:s,onChange:l=>r(l.target.value),"aria-describedby":"help-search-hint",autoComplete:"off"}),e.jsx("p",{id:"help-search-hint",className:"hint",children:n("community.help.searchHint")})]}),e.jsxs("div",{"aria-live":"polite",id:"help-results",children:[m.error&&i.length>=2&&e.jsx(C,{error:m.error,id:"search-error"}),a&&e.jsxs(e.Fragment,{children:[e.jsx("p",{children:a.totalCount===0?n("community.help.noResult"):n("community.help.results",{n:a.totalCount})}),e.jsx("ul",{children:a.edges.map((l,y)=>{const d=l.node,p=n("community.help.kind."+d.__typename);let f=null;return d.__typename==="Guide"?f=e.jsx(R,{ctx:t,to:"help/guides/"+encodeURIComponent(d.slug),children:d.title}):d.__typename==="Faq"?f=e.jsx(R,{ctx:t,to:"help/faq",children:d.question}):d.__typename==="Resource"?f=e.jsx(re,{ctx:t,url:d.url,children:d.title}):d.__typename==="News"&&(f=e.jsx(R,{ctx:t,to:"community/news/"+encodeURIComponent(d.slug),children:d.title})),e.jsxs("li",{children:[e.jsxs("span",{className:"meta",children:[p," · "]}),f,e.jsx("br",{}),e.jsx("span",{className:"snippet",dangerouslySetInnerHTML:{__html:l.snippet}})]},y)})})]})]})]})}function an({ctx:t,slug:n}){const{t:o,lang:s}=j(),[r]=N({query:Rt,variables:{slug:n,locale:E(s)},requestPolicy:"cache-and-network"});if(se(!!r.data),!r.data)return e.jsx(F,{error:r.error,id:"guide-error"});const i=r.data.guide;return i?e.jsxs("article",{lang:i.locale.toLowerCase(),children:[i.category&&e.jsx("p",{className:"meta",children:i.category.title}),e.jsx(v,{children:i.title}),e.jsx("p",{children:e.jsx(Ce,{audience:i.audience})}),i.summary&&e.jsx("p",{className:"lead",children:i.summary}),e.jsx(W,{html:i.html}),i.attachments.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:o("community.help.attachments")}),e.jsx("ul",{children:i.attachments.map(u=>e.jsxs("li",{children:[e.jsx(re,{ctx:t,url:u.url,filename:u.filename,children:o("community.toolbox.download",{name:u.filename})})," ",e.jsxs("span",{className:"meta",children:["(",ve(u.size,s),")"]})]},u.url))})]}),e.jsx("p",{children:e.jsx(R,{ctx:t,to:"help",children:o("community.back")})})]}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("error.notFoundTitle")}),e.jsx("p",{children:o("community.help.guideNotFound")})]})}function ln(){const{t,lang:n}=j(),[o]=N({query:At,variables:{locale:E(n),first:100},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:t("community.help.faqTitle")}),o.data?e.jsx("div",{className:"faq",children:A(o.data.faqs.edges).map(s=>e.jsxs("details",{id:"faq-"+s.id,children:[e.jsxs("summary",{children:[s.question," ",e.jsx(Ce,{audience:s.audience})]}),e.jsx(W,{html:s.html})]},s.id))}):e.jsx(F,{error:o.error,id:"faq-error"})]})}function cn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:Tt}),[r,i]=c.useState(null),[u,m]=c.useState(null),[a,l]=c.useState(""),[y,d]=c.useState(""),[p,f]=c.useState(null),{busy:g,error:x,send:k}=M(),b=r??s.data?.me?.displayName??"",h=u??s.data?.me?.email??"",T=async L=>{L.preventDefault(),await k(()=>t.client.mutation($t,{input:{name:b,email:h,subject:a,message:y,locale:E(o)}}).toPromise())&&(f(h),l(""),d(""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.help.contactTitle")}),e.jsx("p",{children:n("community.help.contactIntro")}),p?e.jsx(P,{children:n("community.help.sent",{email:p})}):e.jsxs("form",{className:"form",onSubmit:T,"aria-describedby":"contact-error",children:[e.jsx(S,{id:"contact-name",label:n("community.help.name"),value:b,set:i,autoComplete:"name"}),e.jsx(S,{id:"contact-email",label:n("community.help.email"),type:"email",value:h,set:m,autoComplete:"email"}),e.jsx(S,{id:"contact-subject",label:n("community.help.subject"),value:a,set:l}),e.jsx(D,{id:"contact-message",label:n("community.help.message"),value:y,set:d,required:!0,rows:6}),e.jsx(C,{error:x,id:"contact-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:g,children:n("community.help.send")})]})]})}function un({ctx:t}){const{t:n}=j(),[o,s]=N({query:Pt,requestPolicy:"network-only"});return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.peers.title")}),e.jsx("p",{children:n("community.peers.intro")}),o.data?e.jsxs(e.Fragment,{children:[o.data.me?.journey&&e.jsx(mn,{ctx:t,journey:o.data.me.journey,mayAsk:o.data.mayAsk,refetch:()=>s({requestPolicy:"network-only"})}),o.data.mayCoOpt&&e.jsx(dn,{ctx:t})]}):e.jsx(F,{error:o.error,id:"peers-error"})]})}function mn({ctx:t,journey:n,mayAsk:o,refetch:s}){const{t:r,lang:i}=j(),u=V(),{busy:m,error:a,send:l}=M(),[y,d]=c.useState(null),[p,f]=c.useState(!1),g=Vt(n.requirements),x=async()=>{f(!1);const b=await l(async()=>{const h=await t.client.mutation(Mt,{}).toPromise();return U(h.error)==="CONFLICT"?(f(!0),{data:void 0,error:void 0}):h});b&&(d(b.requestBeltValidation.request.belt),s())},k=n.coOptations.filter(b=>b.belt===n.nextBelt);return e.jsxs("section",{"aria-labelledby":"peers-mine",children:[e.jsx("h2",{id:"peers-mine",children:r("community.peers.mine")}),e.jsx("p",{children:r("community.peers.myBelt",{belt:u(n.belt)})}),n.nextBelt?e.jsx("p",{children:r("community.peers.next",{belt:u(n.nextBelt)})}):e.jsx("p",{children:r("community.peers.top")}),n.requirements.length>0&&e.jsx("ul",{id:"peers-requirements",children:n.requirements.map(b=>e.jsxs("li",{children:[r("community.peers.req."+b.code,{progress:b.progress,target:b.target})," ",b.met&&e.jsx("span",{className:"meta",children:r("community.peers.met")})]},b.code))}),n.nextBelt&&g&&o&&!y&&e.jsx("button",{type:"button",className:"primary",disabled:m,onClick:x,"aria-describedby":"peers-ask-error",children:r("community.peers.ask",{belt:u(n.nextBelt)})}),n.nextBelt&&!g&&e.jsx("p",{children:r("community.peers.cannotAsk")}),e.jsx(C,{error:a,id:"peers-ask-error"}),y&&e.jsx(P,{children:r("community.peers.asked",{belt:u(y)})}),p&&e.jsx(P,{children:r("community.peers.alreadyAsked")}),e.jsx("h3",{id:"peers-received",children:r("community.peers.received")}),n.coOptations.length===0?e.jsx("p",{children:r("community.peers.noneReceived")}):e.jsx("ul",{"aria-labelledby":"peers-received",id:"peers-received-list",children:n.coOptations.map((b,h)=>e.jsxs("li",{className:k.includes(b)?"current":void 0,children:[r("community.peers.by",{name:b.by.displayName,belt:u(b.by.belt),date:G(b.at,i),for:u(b.belt)}),b.comment&&e.jsx("blockquote",{children:b.comment})]},h))})]})}function dn({ctx:t}){const{t:n}=j(),[o,s]=N({query:Et,variables:{first:50},requestPolicy:"network-only"}),[r,i]=c.useState([]),u=(o.data?.beltValidationRequests.edges??[]).flatMap(m=>m?.node?[m.node]:[]);return e.jsxs("section",{"aria-labelledby":"peers-tocoopt",children:[e.jsx("h2",{id:"peers-tocoopt",children:n("community.peers.toCoOpt")}),e.jsx("p",{children:n("community.peers.coOptRule")}),e.jsx("div",{"aria-live":"polite",children:r.map((m,a)=>e.jsx(P,{children:m},a))}),o.data?u.length===0?e.jsx("p",{children:n("community.peers.noRequest")}):e.jsx("ul",{className:"cards",id:"peers-requests",children:u.map(m=>e.jsx(pn,{ctx:t,request:m,onDone:a=>{i(l=>[...l,a]),s({requestPolicy:"network-only"})}},m.id))}):e.jsx(F,{error:o.error,id:"requests-error"})]})}function pn({ctx:t,request:n,onDone:o}){const{t:s}=j(),r=V(),[i,u]=c.useState(""),{busy:m,error:a,send:l}=M(),y=n.candidate.displayName,d=async f=>{f.preventDefault();const g=await l(()=>t.client.mutation(Ft,{requestId:n.id,comment:i.trim()||null}).toPromise());if(!g)return;const x=g.coOpt.candidate.belt===n.belt;o(s("community.peers.coOpted",{name:y})+(x?" "+s("community.peers.raised",{name:y,belt:r(n.belt)}):""))},p="coopt-error-"+n.id;return e.jsxs("li",{className:"request",children:[e.jsx("h3",{children:y}),e.jsx("p",{className:"meta",children:s("community.peers.candidate",{name:y,belt:r(n.candidate.belt),n:n.candidate.workshopsRun})}),e.jsxs("p",{children:[e.jsx("strong",{children:s("community.peers.wants",{belt:r(n.belt)})})," · ",s("community.peers.sofar",{n:n.coOptations.length,required:n.required})]}),n.coOptations.length>0&&e.jsx("p",{children:s("community.peers.sofarBy",{names:n.coOptations.map(f=>f.by.displayName).join(", ")})}),e.jsxs("form",{className:"form",onSubmit:d,"aria-describedby":p,children:[e.jsx(D,{id:"coopt-comment-"+n.id,label:s("community.peers.comment",{name:y}),value:i,set:u,maxLength:2e3,rows:3}),e.jsx(C,{error:a,id:p}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:s("community.peers.coOpt",{name:y})})]})]})}function yn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:Ct,variables:{locale:E(o)},requestPolicy:"cache-and-network"});if(!s.data)return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.toolbox.title")}),e.jsx(F,{error:s.error,id:"toolbox-error"})]});const r=A(s.data.resources.edges),i=s.data.categories.filter(a=>r.some(l=>l.category?.slug===a.slug)),u=r.filter(a=>!a.category||!i.some(l=>l.slug===a.category.slug)),m=[...i.map(a=>({key:a.slug,title:a.title,description:a.description,items:r.filter(l=>l.category?.slug===a.slug),guides:A(a.guides.edges)})),...u.length?[{key:"-",title:n("community.toolbox.title"),description:"",items:u,guides:[]}]:[]];return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.toolbox.title")}),e.jsx("p",{children:n("community.toolbox.intro")}),m.length===0&&e.jsx("p",{children:n("community.toolbox.none")}),m.map(a=>e.jsxs("section",{"aria-labelledby":"cat-"+a.key,children:[e.jsx("h2",{id:"cat-"+a.key,children:a.title}),a.description&&e.jsx("p",{className:"meta",children:a.description}),e.jsx("ul",{className:"cards",children:a.items.map(l=>e.jsxs("li",{lang:l.locale.toLowerCase(),children:[e.jsx("h3",{children:l.title}),e.jsx(W,{html:l.html}),e.jsxs("p",{children:[e.jsx(re,{ctx:t,url:l.url,filename:l.filename,className:"download",children:n(l.filename?"community.toolbox.download":"community.toolbox.open",{name:l.filename??l.title})}),l.size!=null&&e.jsxs("span",{className:"meta",children:[" (",[l.contentType?.split("/").pop()?.toUpperCase(),ve(l.size,o)].filter(Boolean).join(", "),")"]})]})]},l.id))}),a.guides.length>0&&e.jsxs(e.Fragment,{children:[e.jsx("h3",{id:"cat-guides-"+a.key,children:n("community.toolbox.guides")}),e.jsx("ul",{"aria-labelledby":"cat-guides-"+a.key,children:a.guides.map(l=>e.jsx("li",{children:e.jsx(R,{ctx:t,to:"help/guides/"+encodeURIComponent(l.slug),children:l.title})},l.id))})]})]},a.key))]})}function hn({ctx:t}){const{t:n,lang:o}=j(),[s]=N({query:St,variables:{locale:E(o)},requestPolicy:"cache-and-network"}),[r,i]=c.useState([]),u=(s.data?.opportunities.edges??[]).flatMap(m=>m?.node&&m.node.kind==="PROFESSIONAL"?[m.node]:[]);return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("community.pros.title")}),e.jsx("p",{children:n("community.pros.intro")}),e.jsx("div",{"aria-live":"polite",children:r.map((m,a)=>e.jsx(P,{children:m},a))}),s.data?u.length===0?e.jsx("p",{children:n("community.pros.none")}):e.jsx("ul",{className:"cards",children:u.map(m=>e.jsx(gn,{ctx:t,w:m,onDone:a=>i(l=>[...l,a])},m.id))}):e.jsx(F,{error:s.error,id:"pros-error"})]})}function gn({ctx:t,w:n,onDone:o}){const{t:s,lang:r}=j(),[i,u]=c.useState(""),[m,a]=c.useState(!1),{busy:l,error:y,send:d}=M(),p=async g=>{g.preventDefault(),await d(()=>t.client.mutation(qt,{id:n.id,message:i.trim()||null}).toPromise())&&(a(!0),o(s("community.pros.applied",{title:n.title})))},f=n.format==="ONLINE"?s("community.pros.online"):n.city??"";return e.jsxs("li",{children:[e.jsx("h2",{children:n.title}),e.jsx("p",{className:"meta",children:s("community.pros.when",{date:G(n.startsAt,r,!0),place:f})}),!m&&e.jsxs("form",{className:"form",onSubmit:p,"aria-describedby":"pro-error-"+n.id,children:[e.jsx(D,{id:"pro-message-"+n.id,label:s("community.pros.message",{title:n.title}),value:i,set:u,maxLength:1e3,rows:2}),e.jsx(C,{error:y,id:"pro-error-"+n.id}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:s("community.pros.apply")})]})]})}const fn=[{page:"community",menu:{label:"community.menu.community",show:B},render:({ctx:t,rest:n})=>e.jsx(Qt,{ctx:t,rest:n})},{page:"toolbox",menu:{label:"community.menu.resources",show:B},render:({ctx:t})=>e.jsx(yn,{ctx:t})},{page:"pros",menu:{label:"community.menu.pros",show:B},render:({ctx:t})=>e.jsx(hn,{ctx:t})},{page:"peers",menu:{label:"community.menu.peers",show:B},render:({ctx:t})=>e.jsx(un,{ctx:t})},{page:"help",menu:{label:"community.menu.help",show:B},render:({ctx:t,rest:n})=>e.jsx(on,{ctx:t,rest:n})}],bn=[],jn=[],H=[...yt,...fn,...bn,...jn],Se={pages:H.map(t=>t.page),mail:Object.fromEntries(H.filter(t=>t.mail).map(t=>[t.mail.path.replace(/^\//,""),t.page]))};function Q(t){return H.find(n=>n.page===t)}function xn(){return e.jsx(lt,{children:e.jsx(vn,{})})}function wn(){const[t,n]=c.useState(()=>[location.pathname,location.search]);c.useEffect(()=>{const s=()=>n([location.pathname,location.search]);return window.addEventListener("popstate",s),()=>window.removeEventListener("popstate",s)},[]);const o=c.useCallback(s=>{history.pushState(null,"",s),n([location.pathname,location.search])},[]);return[t[0],t[1],o]}const X="guichet.member.forced";function vn(){const{lang:t}=j(),[n,o,s]=wn(),r=be(n,Se),i=c.useRef(t);i.current=t;const[u,m]=c.useState(0),[a,l]=c.useState(()=>{try{return JSON.parse(sessionStorage.getItem(X)??"null")}catch{return null}}),y=c.useCallback(b=>{b?sessionStorage.setItem(X,JSON.stringify(b)):sessionStorage.removeItem(X),l(b)},[]),d=r.space,p=c.useMemo(()=>d?Me(sessionStorage,d):null,[d,u]),f=c.useMemo(()=>O(d,p,()=>i.current),[d,p]);if(c.useEffect(()=>{document.getElementById("page-title")?.focus()},[n]),!d)return e.jsx(Pn,{page:r.page,search:o,navigate:s});const g={space:d,token:p,client:f,go:(b,h="")=>s($(d,b)+h),signedIn:b=>{z(localStorage,d),Ae(sessionStorage,d,b),m(h=>h+1)},signedOut:()=>{Re(sessionStorage,d),m(b=>b+1)},forced:a,setForced:y};let x=r.page;const k=Q(x);return(ut.includes(x)||k&&!k.public)&&!p&&(x="sign-in"),p&&a&&x!=="password"&&(x="password"),e.jsx(Fe,{value:f,children:e.jsx(kn,{ctx:g,children:e.jsx(Cn,{ctx:g,page:x,rest:r.rest??[],search:o})})})}function kn({ctx:t,children:n}){const{t:o,lang:s}=j(),[r]=N({query:Be,variables:{locale:E(s)}}),i=r.data?.space.name??t.space,[u]=N({query:ye,pause:!t.token||!!t.forced}),m={roles:u.data?.me?.roles??[],modules:r.data?.space.modules??[],status:u.data?.me?.status??null};c.useEffect(()=>{document.title=`${o("app.title")} · ${i}`},[o,i]);const a=async()=>{await t.client.mutation($e,{}).toPromise(),t.signedOut(),t.setForced(null),t.go("sign-in")};return e.jsxs(e.Fragment,{children:[e.jsx("a",{className:"skip",href:"#main",children:o("nav.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"bar",children:[e.jsx("a",{className:"brand",href:ae(t.space,s),children:i}),e.jsx(Nn,{}),t.token&&e.jsx("button",{type:"button",className:"link",onClick:a,children:o("signOut")})]}),e.jsx("nav",{"aria-label":o("nav.label"),className:"sections",children:e.jsxs("ul",{children:[e.jsx("li",{children:e.jsx("a",{href:ae(t.space,s),children:o("nav.help")})}),t.token&&!t.forced?[["","menu.home"],["profile","menu.profile"],["password","menu.password"],["email","menu.email"]].concat(H.filter(l=>l.menu?.show(m)).map(l=>[l.page,l.menu.label])).map(([l,y])=>e.jsx(K,{ctx:t,page:l,label:o(y)},l)):t.token?null:e.jsxs(e.Fragment,{children:[e.jsx(K,{ctx:t,page:"sign-in",label:o("link.signIn")}),e.jsx(K,{ctx:t,page:"sign-up",label:o("link.signUp")})]})]})})]}),e.jsx("main",{id:"main",children:n})]})}function K({ctx:t,page:n,label:o}){const s=$(t.space,n),r=be(location.pathname,Se).page===n;return e.jsx("li",{children:e.jsx("a",{href:s,"aria-current":r?"page":void 0,onClick:i=>{i.preventDefault(),t.go(n)},children:o})})}function Nn(){const{lang:t,setLang:n,t:o}=j();return e.jsx("div",{className:"langs",role:"group","aria-label":o("lang.choose"),children:Le.map(s=>e.jsx("button",{type:"button",lang:s,"aria-pressed":t===s,onClick:()=>n(s),title:o("lang."+s),children:s.toUpperCase()},s))})}function Cn({ctx:t,page:n,rest:o,search:s}){switch(n){case"sign-in":return e.jsx(Sn,{ctx:t});case"sign-up":return e.jsx(qn,{ctx:t});case"resend":return e.jsx(ce,{ctx:t,kind:"resend"});case"forgot":return e.jsx(ce,{ctx:t,kind:"forgot"});case"activate":case"confirm-email":return e.jsx(En,{ctx:t,page:n,search:s});case"reset-password":return e.jsx(Mn,{ctx:t,search:s});case"":case"profile":case"password":case"email":return e.jsx(Fn,{ctx:t,page:n});default:{const r=Q(n);return r?e.jsx(e.Fragment,{children:r.render({ctx:t,rest:o,search:s})}):e.jsx(oe,{})}}}function Sn({ctx:t}){const{t:n}=j(),[o,s]=c.useState(""),[r,i]=c.useState(""),{busy:u,error:m,send:a}=M(),l=async y=>{y.preventDefault();const d=await a(()=>t.client.mutation(pe,{email:o,password:r}).toPromise());d&&(t.setForced(d.login.passwordResetRequired?{email:o}:null),t.signedIn(d.login.token),t.go(d.login.passwordResetRequired?"password":""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("signIn.title")}),e.jsxs("form",{onSubmit:l,"aria-describedby":"signin-error",className:"form",children:[e.jsx(S,{id:"email",label:n("field.email"),type:"email",autoComplete:"username",value:o,set:s}),e.jsx(S,{id:"password",label:n("field.password"),type:"password",autoComplete:"current-password",value:r,set:i}),e.jsx(C,{error:m,id:"signin-error"}),U(m)==="ACCOUNT_NOT_ACTIVE"&&e.jsx("p",{children:e.jsx(I,{ctx:t,page:"resend",children:n("signIn.resend")})}),e.jsx("button",{type:"submit",className:"primary",disabled:u,children:n("signIn.submit")})]}),e.jsx("p",{children:e.jsx(I,{ctx:t,page:"forgot",children:n("signIn.forgot")})}),e.jsxs("p",{children:[n("signIn.noAccount")," ",e.jsx(I,{ctx:t,page:"sign-up",children:n("link.signUp")})]})]})}function qn({ctx:t}){const{t:n,lang:o}=j(),[s,r]=c.useState(""),[i,u]=c.useState(""),[m,a]=c.useState(""),[l,y]=c.useState(""),[d,p]=c.useState(null),{busy:f,error:g,send:x}=M(),k=async b=>{b.preventDefault(),await x(()=>t.client.mutation(De,{input:{email:m,password:l,firstName:s,lastName:i,locale:E(o)}}).toPromise())&&(z(localStorage,t.space),p(m))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:n("signUp.title")}),d?e.jsx(P,{children:n("signUp.done",{email:d})}):e.jsxs("form",{onSubmit:k,"aria-describedby":"signup-error",className:"form",children:[e.jsx(S,{id:"firstName",label:n("field.firstName"),autoComplete:"given-name",value:s,set:r}),e.jsx(S,{id:"lastName",label:n("field.lastName"),autoComplete:"family-name",value:i,set:u}),e.jsx(S,{id:"email",label:n("field.email"),type:"email",autoComplete:"email",value:m,set:a}),e.jsx(S,{id:"password",label:n("field.password"),type:"password",autoComplete:"new-password",value:l,set:y,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:g,id:"signup-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:n("signUp.submit")})]}),e.jsxs("p",{children:[n("signUp.haveAccount")," ",e.jsx(I,{ctx:t,page:"sign-in",children:n("link.signIn")})]})]})}function ce({ctx:t,kind:n}){const{t:o}=j(),[s,r]=c.useState(""),[i,u]=c.useState(!1),{busy:m,error:a,send:l}=M(),y=async d=>{d.preventDefault(),(n==="resend"?await l(()=>t.client.mutation(Te,{email:s}).toPromise()):await l(()=>t.client.mutation(Ue,{email:s}).toPromise()))&&(z(localStorage,t.space),u(!0))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o(n==="resend"?"resend.title":"forgot.title")}),i?e.jsx(P,{children:o(n==="resend"?"resend.done":"forgot.done")}):e.jsxs("form",{onSubmit:y,"aria-describedby":n+"-error",className:"form",children:[e.jsx(S,{id:"email",label:o("field.email"),type:"email",autoComplete:"email",value:s,set:r}),e.jsx(C,{error:a,id:n+"-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:m,children:o(n==="resend"?"resend.submit":"forgot.submit")})]}),e.jsx("p",{children:e.jsx(I,{ctx:t,page:"sign-in",children:o("link.signIn")})})]})}function Pn({page:t,search:n,navigate:o}){const{t:s,lang:r}=j(),[i,u]=c.useState(null),m=c.useRef(!1),a=te(n);return c.useEffect(()=>{m.current||!a||t==="not-found"||(m.current=!0,(async()=>{const y=await O(null,null,r).query(de,{locale:E(r)}).toPromise();if(y.error||!y.data){u(y.error??null);return}const d=je(y.data.spaces.map(g=>g.slug),Ie(localStorage)),p=Q(t)?.mail;if(t==="reset-password"||p&&!p.run){o($(d[0]??"",t)+n);return}const f=await xe(d,g=>{const x=O(g,null,r);return p?.run?p.run(x,a):t==="activate"?x.mutation(he,{token:a}).toPromise():x.mutation(ge,{token:a}).toPromise()},g=>U(g.error));f.space&&f.result?(sessionStorage.setItem("guichet.member.result",JSON.stringify({data:f.result.data??null,message:f.result.error?me(f.result.error,""):null})),o($(f.space,t)+"?done=1")):u(f.result?.error??null)})())},[a,t,n,r,o]),e.jsxs("main",{id:"main",children:[e.jsx("h1",{id:"page-title",tabIndex:-1,children:s(Q(t)?.mail?.title??(t==="activate"?"activate.title":t==="confirm-email"?"confirmEmail.title":t==="reset-password"?"reset.title":"error.notFoundTitle"))}),t==="not-found"?e.jsx("p",{children:s("error.notFound")}):a?i?e.jsx(C,{error:i,id:"link-error"}):e.jsx("p",{role:"status",children:s("activate.working")}):e.jsx("p",{className:"error",role:"alert",children:s("error.noToken")})]})}function En({ctx:t,page:n,search:o}){const{t:s}=j(),[r,i]=c.useState(null),[u,m]=c.useState(null),[a,l]=c.useState(null),[y,d]=c.useState(null),p=c.useRef(!1);return c.useEffect(()=>{if(p.current)return;p.current=!0;const f=x=>{const k=x;k?.activateAccount&&i(k.activateAccount.account.status),k?.confirmEmailChange&&m(k.confirmEmailChange.account.email)};if(new URLSearchParams(o).get("done")){const x=JSON.parse(sessionStorage.getItem("guichet.member.result")??"null");sessionStorage.removeItem("guichet.member.result"),x?.message?l(x.message):f(x?.data);return}const g=te(o);if(!g){l(s("error.noToken"));return}(async()=>{const x=n==="activate"?await t.client.mutation(he,{token:g}).toPromise():await t.client.mutation(ge,{token:g}).toPromise();x.error?d(x.error):f(x.data)})()},[]),e.jsxs(e.Fragment,{children:[e.jsx(v,{children:s(n==="activate"?"activate.title":"confirmEmail.title")}),a?e.jsx("p",{className:"error",role:"alert",children:a}):y?e.jsx(C,{error:y,id:"link-error"}):r?e.jsx(P,{children:s(r==="ACTIVE"?"activate.active":"activate.pending")}):u?e.jsx(P,{children:s("confirmEmail.done",{email:u})}):e.jsx("p",{role:"status",children:s("activate.working")}),(r==="ACTIVE"||u)&&!t.token&&e.jsx("p",{children:e.jsx(I,{ctx:t,page:"sign-in",children:s("link.signIn")})}),u&&t.token&&e.jsx("p",{children:e.jsx(I,{ctx:t,page:"",children:s("link.account")})})]})}function Mn({ctx:t,search:n}){const{t:o,lang:s}=j(),r=te(n),[i,u]=c.useState(""),[m,a]=c.useState(!1),{busy:l,error:y,send:d}=M(),p=async f=>{if(f.preventDefault(),!r)return;await d(async()=>{const x=await O(null,null,s).query(de,{}).toPromise(),k=je(x.data?.spaces.map(h=>h.slug)??[],t.space),b=await xe(k,h=>(h===t.space?t.client:O(h,null,s)).mutation(Ge,{token:r,newPassword:i}).toPromise(),h=>U(h.error));return b.space&&b.space!==t.space&&history.replaceState(null,"",$(b.space,"reset-password")),b.result??{error:void 0,data:void 0}})&&a(!0)};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("reset.title")}),r?m?e.jsx(P,{children:o("reset.done")}):e.jsxs("form",{onSubmit:p,"aria-describedby":"reset-error",className:"form",children:[e.jsx(S,{id:"newPassword",label:o("field.newPassword"),type:"password",autoComplete:"new-password",value:i,set:u,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:y,id:"reset-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:o("reset.submit")})]}):e.jsx("p",{className:"error",role:"alert",children:o("error.noToken")}),(m||!r)&&e.jsx("p",{children:e.jsx(I,{ctx:t,page:"sign-in",children:o("link.signIn")})})]})}function Fn({ctx:t,page:n}){const{t:o}=j(),[s,r]=N({query:ye,requestPolicy:"network-only"});if(c.useEffect(()=>{U(s.error)==="UNAUTHENTICATED"&&(t.signedOut(),t.go("sign-in"))},[s.error]),n==="password")return e.jsx(In,{ctx:t,email:s.data?.me?.email??t.forced?.email??null});if(!s.data?.me)return s.error?e.jsx(C,{error:s.error,id:"me-error"}):e.jsx("p",{role:"status",children:o("state.loading")});const i=s.data.me;return n==="profile"?e.jsx(Rn,{ctx:t,me:i,refetch:()=>r({requestPolicy:"network-only"})}):n==="email"?e.jsx(An,{ctx:t,current:i.email}):e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("home.title")}),e.jsx("p",{children:o("home.hello",{name:i.displayName})}),e.jsx("p",{children:o("home.email",{email:i.email})}),e.jsxs("ul",{className:"links",children:[e.jsx("li",{children:e.jsx(I,{ctx:t,page:"profile",children:o("menu.profile")})}),e.jsx("li",{children:e.jsx(I,{ctx:t,page:"password",children:o("menu.password")})}),e.jsx("li",{children:e.jsx(I,{ctx:t,page:"email",children:o("menu.email")})})]})]})}function In({ctx:t,email:n}){const{t:o,lang:s}=j(),[r,i]=c.useState(""),[u,m]=c.useState(""),[a,l]=c.useState(!1),{busy:y,error:d,send:p}=M(),f=async g=>{if(g.preventDefault(),!await p(()=>t.client.mutation(Ve,{currentPassword:r,newPassword:u}).toPromise()))return;const k=n?await O(t.space,null,s).mutation(pe,{email:n,password:u}).toPromise():null;t.forced&&t.go("password"),t.setForced(null),k?.data?t.signedIn(k.data.login.token):t.signedOut(),l(!0),i(""),m("")};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("password.title")}),t.forced&&e.jsx("p",{className:"notice",children:o("password.forced")}),a&&e.jsx(P,{children:o("password.done")}),e.jsxs("form",{onSubmit:f,"aria-describedby":"password-error",className:"form",children:[e.jsx(S,{id:"currentPassword",label:o("field.currentPassword"),type:"password",autoComplete:"current-password",value:r,set:i}),e.jsx(S,{id:"newPassword",label:o("field.newPassword"),type:"password",autoComplete:"new-password",value:u,set:m,describedBy:"password-rules"}),e.jsx(ne,{id:"password-rules"}),e.jsx(C,{error:d,id:"password-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:y,children:o("password.submit")})]})]})}function Rn({ctx:t,me:n,refetch:o}){const{t:s,setLang:r}=j(),[i,u]=c.useState(n.firstName),[m,a]=c.useState(n.lastName),[l,y]=c.useState(n.locale),[d,p]=c.useState(!1),{busy:f,error:g,send:x}=M(),k=async b=>{b.preventDefault(),p(!1);const h=await x(()=>t.client.mutation(Ye,{input:{firstName:i,lastName:m,locale:l}}).toPromise());h&&(r(h.updateProfile.account.locale.toLowerCase()),p(!0),o())};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:s("profile.title")}),e.jsxs("form",{onSubmit:k,"aria-describedby":"profile-error",className:"form",children:[e.jsx(S,{id:"firstName",label:s("field.firstName"),autoComplete:"given-name",value:i,set:u}),e.jsx(S,{id:"lastName",label:s("field.lastName"),autoComplete:"family-name",value:m,set:a}),e.jsxs("div",{className:"field",children:[e.jsx("label",{htmlFor:"locale",children:s("field.locale")}),e.jsxs("select",{id:"locale",value:l,onChange:b=>y(b.target.value),children:[e.jsx("option",{value:"FR",lang:"fr",children:"Français"}),e.jsx("option",{value:"EN",lang:"en",children:"English"})]})]}),e.jsx(C,{error:g,id:"profile-error"}),d&&e.jsx(P,{children:s("profile.done")}),e.jsx("button",{type:"submit",className:"primary",disabled:f,children:s("profile.submit")})]})]})}function An({ctx:t,current:n}){const{t:o}=j(),[s,r]=c.useState(""),[i,u]=c.useState(""),[m,a]=c.useState(null),{busy:l,error:y,send:d}=M(),p=async f=>{f.preventDefault(),await d(()=>t.client.mutation(_e,{newEmail:s,password:i}).toPromise())&&(z(localStorage,t.space),a(s),u(""))};return e.jsxs(e.Fragment,{children:[e.jsx(v,{children:o("email.title")}),e.jsx("p",{children:o("email.current",{email:n})}),m?e.jsx(P,{children:o("email.done",{email:m})}):e.jsxs("form",{onSubmit:p,"aria-describedby":"email-error",className:"form",children:[e.jsx(S,{id:"newEmail",label:o("field.newEmail"),type:"email",autoComplete:"email",value:s,set:r}),e.jsx(S,{id:"password",label:o("field.currentPassword"),type:"password",autoComplete:"current-password",value:i,set:u}),e.jsx(C,{error:y,id:"email-error"}),e.jsx("button",{type:"submit",className:"primary",disabled:l,children:o("email.submit")})]})]})}Oe.createRoot(document.getElementById("root")).render(e.jsx(xn,{}));
