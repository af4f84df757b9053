<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccreditationPage</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Toutes les voies</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;Issue badge</source>
        <translation>&amp;Émettre le badge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation>
            <numerusform>%n candidature(s)</numerusform>
            <numerusform>%n candidature(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Select one or more nominations first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs candidatures.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>Reason for %n nomination(s):</source>
        <translation>
            <numerusform>Motif pour %n candidature(s) :</numerusform>
            <numerusform>Motif pour %n candidature(s) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>AccreditationTableModel</name>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>BadgeOptionsDialog</name>
    <message>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <source>Only delegates whose badge was never printed</source>
        <translation>Seulement les délégués dont le badge n&apos;a jamais été imprimé</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected delegate(s)</source>
        <translation>
            <numerusform>Seulement le(s) %n délégué(s) sélectionné(s)</numerusform>
            <numerusform>Seulement le(s) %n délégué(s) sélectionné(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only approved delegates get a badge. A badge printed again gets a new serial and the old badge stops opening doors.</source>
        <translation>Seuls les délégués approuvés reçoivent un badge. Un badge réimprimé reçoit un nouveau numéro et l&apos;ancien n&apos;ouvre plus les portes.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <source>No one checked in yet</source>
        <translation>Personne n&apos;est encore entré</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Registration desk</source>
        <translation>Bureau d&apos;accueil</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Door of</source>
        <translation>Porte de</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name or the badge&apos;s six-digit number, then Enter</source>
        <translation>Scannez un badge, ou tapez un nom ou le numéro à six chiffres du badge, puis Entrée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Admit &amp;anyway (F8)</source>
        <translation>&amp;Admettre quand même (F8)</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <source>Venue entry (no room)</source>
        <translation>Entrée du site (sans salle)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forcé)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Modifié à un autre poste</translation>
    </message>
    <message>
        <source>Another desk saved this delegate while you were editing. The fields that differ are marked; choose which version to keep.</source>
        <translation>Un autre poste a enregistré ce délégué pendant votre modification. Les champs qui diffèrent sont marqués ; choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved at the other desk</source>
        <translation>Enregistré à l&apos;autre poste</translation>
    </message>
    <message>
        <source>Save my version over theirs</source>
        <translation>Enregistrer ma version à la place</translation>
    </message>
    <message>
        <source>Keep theirs, drop my changes</source>
        <translation>Garder la leur, abandonner mes modifications</translation>
    </message>
    <message>
        <source>Back to my edit</source>
        <translation>Revenir à ma modification</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the forum&apos;s server</source>
        <translation>Se connecter au serveur du forum</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or desk-server.local</source>
        <translation>p. ex. 192.168.1.10 ou serveur-accueil.local</translation>
    </message>
    <message>
        <source>or paste the URL from serve-setup</source>
        <translation>ou collez l&apos;URL donnée par serve-setup</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Every desk of the forum connects to the same server. If the network drops, the desk says so and saves nothing until it is back.</source>
        <translation>Tous les postes du forum se connectent au même serveur. Si le réseau tombe, le poste l&apos;indique et n&apos;enregistre rien jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Name the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>E&amp;xport figures…</source>
        <translation>E&amp;xporter les chiffres…</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Speakers and moderators</source>
        <translation>Intervenants et modérateurs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>By accreditation route</source>
        <translation>Par voie d&apos;accréditation</translation>
    </message>
    <message>
        <source>By accreditation state</source>
        <translation>Par état d&apos;accréditation</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Speakers by gender and region</source>
        <translation>Intervenants par genre et région</translation>
    </message>
    <message>
        <source>Check-ins at the venue, by hour</source>
        <translation>Entrées sur le site, par heure</translation>
    </message>
    <message>
        <source>Balance of each panel (moderator included)</source>
        <translation>Équilibre de chaque panel (modération comprise)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>sans accréditation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; delegates · &lt;b&gt;%2&lt;/b&gt; badges printed · &lt;b&gt;%3&lt;/b&gt; collected · &lt;b&gt;%4&lt;/b&gt; admitted at the venue · &lt;b&gt;%5&lt;/b&gt; speakers and moderators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; délégués · &lt;b&gt;%2&lt;/b&gt; badges imprimés · &lt;b&gt;%3&lt;/b&gt; retirés · &lt;b&gt;%4&lt;/b&gt; entrés sur le site · &lt;b&gt;%5&lt;/b&gt; intervenants et modérateurs</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Badges imprimés</translation>
    </message>
    <message>
        <source>Badges collected</source>
        <translation>Badges retirés</translation>
    </message>
    <message>
        <source>Admitted at the venue</source>
        <translation>Entrés sur le site</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>Par voie</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>Entrées par heure</translation>
    </message>
    <message>
        <source>Panel balance</source>
        <translation>Équilibre des panels</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>New declaration or pledge</source>
        <translation>Nouvelle déclaration ou engagement</translation>
    </message>
    <message>
        <source>One action area per line</source>
        <translation>Un domaine d&apos;action par ligne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Action areas</source>
        <translation>Domaines d&apos;action</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Edit delegate</source>
        <translation>Modifier le délégué</translation>
    </message>
    <message>
        <source>New delegate</source>
        <translation>Nouveau délégué</translation>
    </message>
    <message>
        <source>as given and family name</source>
        <translation>comme prénom et nom</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas le dire</translation>
    </message>
    <message>
        <source>e.g. en, fr, es</source>
        <translation>p. ex. en, fr, es</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Show passport number and date of birth</source>
        <translation>Afficher le numéro de passeport et la date de naissance</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Hidden: tick the box below to see or change it</source>
        <translation>Masqué : cochez la case ci-dessous pour le voir ou le modifier</translation>
    </message>
</context>
<context>
    <name>DelegatePicker</name>
    <message>
        <source>Type a name, city or organisation…</source>
        <translation>Tapez un nom, une ville ou une organisation…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>DelegateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Search name, city, organisation, country, e-mail…</source>
        <translation>Chercher un nom, une ville, une organisation, un pays, un courriel…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any accreditation</source>
        <translation>Toute accréditation</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Toutes les voies</translation>
    </message>
    <message>
        <source>&amp;New delegate…</source>
        <translation>&amp;Nouveau délégué…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>A&amp;pprove selected</source>
        <translation>A&amp;pprouver la sélection</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <source>The selected delegate&apos;s own sessions as an .ics calendar</source>
        <translation>Les séances du délégué sélectionné en calendrier .ics</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n délégué(s)</numerusform>
            <numerusform>%n délégué(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>Delete delegates</source>
        <translation>Supprimer des délégués</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n delegate(s) with their accreditations, badges and speaking slots? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n délégué(s) avec leurs accréditations, badges et interventions ? Impossible à annuler.</numerusform>
            <numerusform>Supprimer %n délégué(s) avec leurs accréditations, badges et interventions ? Impossible à annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>None of the selected delegates is waiting for approval.</source>
        <translation>Aucun des délégués sélectionnés n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>EndorsementDialog</name>
    <message>
        <source>Record an endorsement</source>
        <translation>Enregistrer une adhésion</translation>
    </message>
    <message>
        <source>e.g. Ville de Montréal</source>
        <translation>p. ex. Ville de Montréal</translation>
    </message>
    <message>
        <source>two-letter code, e.g. CA</source>
        <translation>code à deux lettres, p. ex. CA</translation>
    </message>
    <message>
        <source>who signed, e.g. Mayor Valérie Plante</source>
        <translation>signataire, p. ex. la mairesse Valérie Plante</translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation>La déclaration entière</translation>
    </message>
    <message>
        <source>City or organisation</source>
        <translation>Ville ou organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Tick the action areas endorsed, or the whole declaration.</source>
        <translation>Cochez les domaines d&apos;action soutenus, ou la déclaration entière.</translation>
    </message>
</context>
<context>
    <name>EndorsementsPage</name>
    <message>
        <source>New &amp;declaration…</source>
        <translation>Nouvelle &amp;déclaration…</translation>
    </message>
    <message>
        <source>&amp;Record endorsement…</source>
        <translation>&amp;Enregistrer une adhésion…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Imprimer la liste…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>City or organisation</source>
        <translation>Ville ou organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No declaration or pledge yet: add one to record endorsements.</source>
        <translation>Aucune déclaration ni engagement : ajoutez-en un pour enregistrer des adhésions.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signatories</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; signataires</translation>
    </message>
    <message>
        <source>the whole declaration</source>
        <translation>la déclaration entière</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take %1 off the register?</source>
        <translation>Retirer %1 du registre ?</translation>
    </message>
    <message>
        <source>Print the signatories</source>
        <translation>Imprimer les signataires</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export delegates</source>
        <translation>Exporter les délégués</translation>
    </message>
    <message>
        <source>(default columns)</source>
        <translation>(colonnes par défaut)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message numerus="yes">
        <source>All %n delegate(s)</source>
        <translation>
            <numerusform>Tous les %n délégué(s)</numerusform>
            <numerusform>Tous les %n délégué(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n delegate(s) the filters show</source>
        <translation>
            <numerusform>Les %n délégué(s) affichés par les filtres</numerusform>
            <numerusform>Les %n délégué(s) affichés par les filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>Le(s) %n délégué(s) sélectionné(s)</numerusform>
            <numerusform>Le(s) %n délégué(s) sélectionné(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passport number and date of birth are exported only when ticked here, and every such export is logged.</source>
        <translation>Le numéro de passeport et la date de naissance ne sont exportés que s&apos;ils sont cochés ici, et chaque export de ce type est consigné.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Columns (tick to export, drag to order)</source>
        <translation>Colonnes (cochez pour exporter, glissez pour ordonner)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Nom du modèle</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import delegates</source>
        <translation>Importer des délégués</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>mmdesk recognised these columns of %1; correct any it got wrong.</source>
        <translation>mmdesk a reconnu ces colonnes de %1 ; corrigez celles qui sont fausses.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>stop and list them</source>
        <translation>s&apos;arrêter et les lister</translation>
    </message>
    <message>
        <source>skip them</source>
        <translation>les ignorer</translation>
    </message>
    <message>
        <source>merge into the existing delegate</source>
        <translation>fusionner avec le délégué existant</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Importer les bonnes lignes et laisser les mauvaises</translation>
    </message>
    <message>
        <source>Delegates already in the list</source>
        <translation>Délégués déjà dans la liste</translation>
    </message>
    <message>
        <source>Category where the file has none</source>
        <translation>Catégorie quand le fichier n&apos;en donne pas</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Contrôle des accès</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Protection des données…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importer des délégués…</translation>
    </message>
    <message>
        <source>Import p&amp;rogramme…</source>
        <translation>Importer le p&amp;rogramme…</translation>
    </message>
    <message>
        <source>&amp;Export delegates…</source>
        <translation>&amp;Exporter les délégués…</translation>
    </message>
    <message>
        <source>Export programme (.xlsx or .ics)…</source>
        <translation>Exporter le programme (.xlsx ou .ics)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Badges…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Door signs</source>
        <translation>&amp;Affichettes de porte</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation>&amp;Itinéraires</translation>
    </message>
    <message>
        <source>&amp;Run-sheets</source>
        <translation>&amp;Déroulés</translation>
    </message>
    <message>
        <source>&amp;Tent cards</source>
        <translation>&amp;Chevalets</translation>
    </message>
    <message>
        <source>List of &amp;participants</source>
        <translation>Liste des &amp;participants</translation>
    </message>
    <message>
        <source>Printed &amp;language</source>
        <translation>&amp;Langue d&apos;impression</translation>
    </message>
    <message>
        <source>The event&apos;s language</source>
        <translation>La langue de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About mmdesk</source>
        <translation>À &amp;propos de mmdesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>No event yet: run `mmdesk demo` or import a programme</source>
        <translation>Aucun événement : lancez `mmdesk demo` ou importez un programme</translation>
    </message>
    <message>
        <source>The date for keeping personal data has passed: close the event in File › Data protection.</source>
        <translation>La date de conservation des données personnelles est passée : clôturez l&apos;événement dans Fichier › Protection des données.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>%1 delegates · %2 sessions · %3 errors, %4 warnings</source>
        <translation>%1 délégués · %2 séances · %3 erreurs, %4 alertes</translation>
    </message>
    <message>
        <source>Cannot reach the database: nothing is saved until it answers again. Retrying…</source>
        <translation>Base de données injoignable : rien n&apos;est enregistré jusqu&apos;à ce qu&apos;elle réponde. Nouvel essai…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>mmdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases mmdesk (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>mmdesk databases (*.sqlite3)</source>
        <translation>Bases mmdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>mmdesk will speak this language when you next open it.</source>
        <translation>mmdesk parlera cette langue à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite3)</source>
        <translation>SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Import delegates</source>
        <translation>Importer des délégués</translation>
    </message>
    <message>
        <source>Delegate lists (*.xlsx *.csv)</source>
        <translation>Listes de délégués (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>Export delegates</source>
        <translation>Exporter les délégués</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <source>Programme sheets (*.xlsx)</source>
        <translation>Feuilles de programme (*.xlsx)</translation>
    </message>
    <message>
        <source>Programme not imported</source>
        <translation>Programme non importé</translation>
    </message>
    <message>
        <source>line %1: no delegate called %2</source>
        <translation>ligne %1 : aucun délégué nommé %2</translation>
    </message>
    <message>
        <source>Programme imported</source>
        <translation>Programme importé</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Calendar (*.ics)</source>
        <translation>Classeur Excel (*.xlsx);;Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>%1 session(s) exported to %2</source>
        <translation>%1 séance(s) exportée(s) dans %2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Select one delegate first.</source>
        <translation>Sélectionnez d&apos;abord un délégué.</translation>
    </message>
    <message>
        <source>Printing badges…</source>
        <translation>Impression des badges…</translation>
    </message>
    <message>
        <source>No badges printed</source>
        <translation>Aucun badge imprimé</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>About mmdesk</source>
        <translation>À propos de mmdesk</translation>
    </message>
    <message>
        <source>mmdesk %1
The organizers&apos; desk for a Mayoral Forum on Human Mobility, Migration and Development.</source>
        <translation>mmdesk %1
Le poste des organisateurs d&apos;un Forum des maires sur la mobilité humaine, la migration et le développement.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more page(s)</source>
        <translation>
            <numerusform>… et %n page(s) de plus</numerusform>
            <numerusform>… et %n page(s) de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>&amp;Keep until this date</source>
        <translation>&amp;Conserver jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>&amp;Erase personal data now…</source>
        <translation>&amp;Effacer les données personnelles maintenant…</translation>
    </message>
    <message>
        <source>Closing the event erases names, contacts, positions, notes, passport numbers, dates of birth and scanned texts. The counts stay: categories, countries, regions, gender, routes, accreditation states, badges, check-ins and the programme.</source>
        <translation>Clôturer l&apos;événement efface les noms, contacts, fonctions, notes, numéros de passeport, dates de naissance et textes scannés. Les chiffres restent : catégories, pays, régions, genre, voies, états d&apos;accréditation, badges, entrées et programme.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Keep personal data until</source>
        <translation>Conserver les données personnelles jusqu&apos;au</translation>
    </message>
    <message>
        <source>Exports that included sensitive fields</source>
        <translation>Exports comprenant des champs sensibles</translation>
    </message>
    <message>
        <source>The event was closed on %1.</source>
        <translation>L&apos;événement a été clôturé le %1.</translation>
    </message>
    <message>
        <source>The keeping date has passed: close the event now.</source>
        <translation>La date de conservation est passée : clôturez l&apos;événement.</translation>
    </message>
    <message>
        <source>Personal data is kept; the event can be closed after the date above.</source>
        <translation>Les données personnelles sont conservées ; l&apos;événement pourra être clôturé après la date ci-dessus.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation>Clôturer l&apos;événement</translation>
    </message>
    <message>
        <source>Erase the personal data of every delegate? The counts stay. This cannot be undone.</source>
        <translation>Effacer les données personnelles de tous les délégués ? Les chiffres restent. Impossible à annuler.</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clôturé</translation>
    </message>
</context>
<context>
    <name>ProgrammeGrid</name>
    <message>
        <source>No room</source>
        <translation>Sans salle</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <source>&amp;Add speaker…</source>
        <translation>&amp;Ajouter un intervenant…</translation>
    </message>
    <message>
        <source>&amp;Remove speaker</source>
        <translation>&amp;Retirer l&apos;intervenant</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Speaking order (drag a row to reorder; double-click role, minutes, mode or status to change it)</source>
        <translation>Ordre des interventions (glissez une ligne pour réordonner ; double-cliquez sur rôle, minutes, mode ou statut pour le changer)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Drag a session to move it, drag on empty space to create one, double-click to edit.</source>
        <translation>Glissez une séance pour la déplacer, glissez dans le vide pour en créer une, double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>Co-chairs: %1</source>
        <translation>Coprésidence : %1</translation>
    </message>
    <message>
        <source>Moderator: %1</source>
        <translation>Modération : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 of %2 minutes of speaking</source>
        <translation>%1 sur %2 minutes de parole</translation>
    </message>
    <message>
        <source> — over the session&apos;s length</source>
        <translation> — au-delà de la durée de la séance</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Séance non déplacée</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>déplacer %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>changer %1 de %2</translation>
    </message>
    <message>
        <source>Not reordered</source>
        <translation>Ordre inchangé</translation>
    </message>
    <message>
        <source>reorder speakers</source>
        <translation>réordonner les intervenants</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Speaker not added</source>
        <translation>Intervenant non ajouté</translation>
    </message>
    <message>
        <source>add a speaker</source>
        <translation>ajouter un intervenant</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nominating body</source>
        <translation>Organisme qui propose</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sans salle)</translation>
    </message>
    <message>
        <source>e.g. Governments of Germany and Egypt</source>
        <translation>p. ex. Gouvernements d&apos;Allemagne et d&apos;Égypte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>open to all accredited</source>
        <translation>ouverte à tous les accrédités</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>sur invitation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>à huis clos</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Règle de Chatham House</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Co-chairs</source>
        <translation>Coprésidence</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Participation attendue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>#</source>
        <extracomment>Columns that sort on something else than what they show (names by family name).</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 alerte(s)</translation>
    </message>
</context>
<context>
    <name>_ReportPage</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Finish imports it in one go.</source>
        <translation>Rien n&apos;a encore été modifié. Terminer importe tout en une fois.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé tel quel ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: %1
Nothing was saved by the action that failed.</source>
        <translation>Un problème est survenu : %1
L&apos;action qui a échoué n&apos;a rien enregistré.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Local/regional government leader</source>
        <translation>Élu·e local·e ou régional·e</translation>
    </message>
    <message>
        <source>City official</source>
        <translation>Fonctionnaire municipal</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>UN / international organisation</source>
        <translation>ONU / organisation internationale</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Université et recherche</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Host / secretariat staff</source>
        <translation>Équipe hôte / secrétariat</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>not accredited</source>
        <translation>non accrédité</translation>
    </message>
    <message>
        <source>nominated</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>badge issued</source>
        <translation>badge émis</translation>
    </message>
    <message>
        <source>badge collected</source>
        <translation>badge retiré</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Parallel break-out</source>
        <translation>Atelier parallèle</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Événement parallèle</translation>
    </message>
    <message>
        <source>Private meeting</source>
        <translation>Réunion privée</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Conférence de presse</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>TBC</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>Allocution d&apos;ouverture</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Discours principal</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Intervention from the floor</source>
        <translation>Intervention de la salle</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Allocution de clôture</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>a décliné</translation>
    </message>
    <message>
        <source>Own authority</source>
        <translation>En son nom propre</translation>
    </message>
    <message>
        <source>National delegation</source>
        <translation>Délégation nationale</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>Host / secretariat</source>
        <translation>Hôte / secrétariat</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>DÉJÀ ENTRÉ</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Result panel colours at the desk (background, text).</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>Block colours of the programme grid, by session kind.</extracomment>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
</context>
</TS>
