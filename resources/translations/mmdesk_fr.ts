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
        <source>&amp;Print badges…</source>
        <translation>&amp;Imprimer les badges…</translation>
    </message>
    <message>
        <source>Print the selected approved delegates&apos; badges; a badge is issued only when printed or saved</source>
        <translation>Imprimer les badges des délégués approuvés sélectionnés ; un badge n&apos;est émis qu&apos;une fois imprimé ou enregistré</translation>
    </message>
    <message>
        <source>Times in the event&apos;s time zone (%1)</source>
        <translation>Heures dans le fuseau horaire de l’événement (%1)</translation>
    </message>
    <message>
        <source>Drawing badges…</source>
        <translation>Préparation des badges…</translation>
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
    <message>
        <source>Search delegate, organisation, country, route, badge…</source>
        <translation>Chercher délégué, organisation, pays, voie, badge…</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;Proposer…</translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>Every accreditation, document, badge and check-in of the selected delegate (or double-click a row)</source>
        <translation>Chaque accréditation, document, badge et enregistrement du délégué choisi (ou double-cliquer sur une ligne)</translation>
    </message>
    <message>
        <source>Mark co&amp;llected</source>
        <translation>Marquer &amp;retiré</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum… creates it; then add accreditation routes in Forum › Accreditation routes…</source>
        <translation>Pas encore de forum — Fichier › Nouveau forum… le crée ; ajoutez ensuite les voies d’accréditation dans Forum › Voies d’accréditation…</translation>
    </message>
    <message>
        <source>Reading the nominations…</source>
        <translation>Lecture des propositions…</translation>
    </message>
    <message>
        <source>Nominations not read: %1</source>
        <translation>Propositions non lues : %1</translation>
    </message>
    <message>
        <source>No accreditation routes yet — add them in Forum › Accreditation routes…, then nominate delegates with Nominate…</source>
        <translation>Pas encore de voie d’accréditation — ajoutez-les dans Forum › Voies d’accréditation…, puis proposez des délégués avec Proposer…</translation>
    </message>
    <message>
        <source>No one nominated yet — press Nominate…, or import delegates with a route column (File › Import delegates…).</source>
        <translation>Personne n’est encore proposé — cliquez sur Proposer…, ou importez des délégués avec une colonne de voie (Fichier › Importer des délégués…).</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
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
            <numerusform>Motif pour %n candidature :</numerusform>
            <numerusform>Motif pour %n candidatures :</numerusform>
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
            <numerusform>Seulement le délégué sélectionné</numerusform>
            <numerusform>Seulement les %n délégués sélectionnés</numerusform>
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
    <name>BadgePreviewDialog</name>
    <message>
        <source>Badges</source>
        <extracomment>the resolution badges are rendered at for a printer (card and label printers print 300 dpi)</extracomment>
        <translation>Badges</translation>
    </message>
    <message>
        <source>These badges were issued already.</source>
        <translation>Ces badges ont déjà été émis.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
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
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Frame the face, then Take.</source>
        <translation>Cadrez le visage, puis Prendre.</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Print change sheet…</source>
        <translation>&amp;Imprimer la feuille des modifications…</translation>
    </message>
    <message>
        <source>The programme as it is now</source>
        <translation>Le programme tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>What changed since version %1</source>
        <translation>Modifications depuis la version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Change sheet</source>
        <translation>Feuille des modifications</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>No version released yet</source>
        <translation>Aucune version publiée</translation>
    </message>
    <message>
        <source>No programme version has been released yet. Release one first (Programme › Release version…); later changes are listed against it.</source>
        <translation>Aucune version du programme n’a encore été publiée. Publiez-en d’abord une (Programme › Publier une version…) ; les modifications ultérieures sont listées par rapport à elle.</translation>
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
        <extracomment>the desk&apos;s modes, as stored in its settings</extracomment>
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
        <source>Check-in: a scan admits</source>
        <translation>Contrôle d&apos;accès : un scan fait entrer</translation>
    </message>
    <message>
        <source>Badge desk: find, print, hand over (no one is admitted)</source>
        <translation>Guichet des badges : trouver, imprimer, remettre (personne n&apos;entre)</translation>
    </message>
    <message>
        <source>Pick-up: a scanned badge is handed over</source>
        <translation>Retrait : un badge scanné est remis</translation>
    </message>
    <message>
        <source>Staffed: a typed name or badge number brings the person up for me to confirm</source>
        <translation>Bureau tenu : un nom ou un numéro de badge saisi affiche la personne, que je confirme</translation>
    </message>
    <message>
        <source>Import verification &amp;kit…</source>
        <translation>Importer le &amp;kit de vérification…</translation>
    </message>
    <message>
        <source>&amp;New walk-in… (F2)</source>
        <translation>&amp;Nouvel arrivant sans inscription… (F2)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
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
        <source>Scan a badge or type a name, e-mail or badge number, then Enter</source>
        <translation>Scannez un badge ou tapez un nom, un e-mail ou un numéro de badge, puis Entrée</translation>
    </message>
    <message>
        <source>Scan the badge you hand over (or type a name to find it), then Enter</source>
        <translation>Scannez le badge que vous remettez (ou tapez un nom pour le trouver), puis Entrée</translation>
    </message>
    <message>
        <source>Scan a badge (only its signed code admits here)</source>
        <translation>Scannez un badge (seul son code signé fait entrer ici)</translation>
    </message>
    <message>
        <source>preview first</source>
        <translation>aperçu d&apos;abord</translation>
    </message>
    <message>
        <source>%1 · %2…</source>
        <translation>%1 · %2…</translation>
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
        <source>No one found</source>
        <translation>Aucune personne trouvée</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>Personne n&apos;a été choisi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Non admis</translation>
    </message>
    <message>
        <source>Import verification kit</source>
        <translation>Importer le kit de vérification</translation>
    </message>
    <message>
        <source>Verification kit (*.json)</source>
        <translation>Kit de vérification (*.json)</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>Revocation list as of %1 UTC: %n badge(s) revoked here now, %2 already revoked.</source>
        <translation>
            <numerusform>Liste de révocation au %1 UTC : %n badge révoqué ici maintenant, %2 déjà révoqués.</numerusform>
            <numerusform>Liste de révocation au %1 UTC : %n badges révoqués ici maintenant, %2 déjà révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification kit</source>
        <translation>Kit de vérification</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forcé)</translation>
    </message>
    <message>
        <source> (confirmed by %1)</source>
        <translation> (confirmé par %1)</translation>
    </message>
    <message>
        <source>Not yet collected: %1</source>
        <translation>Pas encore retirés : %1</translation>
    </message>
    <message>
        <source>Badge of %1</source>
        <translation>Badge de %1</translation>
    </message>
    <message>
        <source>No badge printed</source>
        <translation>Aucun badge imprimé</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) handed over</source>
        <translation>
            <numerusform>%n badge remis</numerusform>
            <numerusform>%n badges remis</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>Arrivant inscrit</translation>
    </message>
    <message>
        <source>Waiting in the accreditation queue</source>
        <translation>En attente dans la file d&apos;accréditation</translation>
    </message>
</context>
<context>
    <name>ConfidenceMonitor</name>
    <message>
        <source>Confidence monitor</source>
        <translation>Écran de retour</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
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
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
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
        <extracomment>a declaration with its signatories, as svc.signatories reads it</extracomment>
        <translation>Nouvelle déclaration ou engagement</translation>
    </message>
    <message>
        <source>One action area per line</source>
        <translation>Un domaine d&apos;action par ligne</translation>
    </message>
    <message>
        <source>The signatories&apos; names are public statements</source>
        <translation>Les noms des signataires sont des déclarations publiques</translation>
    </message>
    <message>
        <source>Ticked: the names of those who signed for each city are kept when the event closes. Not ticked: they are personal data and are erased at the closing; the cities&apos; endorsements stay.</source>
        <translation>Coché : les noms des personnes qui ont signé pour chaque ville sont conservés à la clôture de l’événement. Non coché : ce sont des données personnelles, effacées à la clôture ; les adhésions des villes restent.</translation>
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
        <extracomment>the photo&apos;s thumbnail in the dialog (the badge&apos;s photo box: 7 wide by 9 high)</extracomment>
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
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
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
        <source>P&amp;hoto…</source>
        <translation>P&amp;hoto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Acc&amp;reditation, documents and badges…</source>
        <translation>Acc&amp;réditation, documents et badges…</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>Chef d’État ou de gouvernement</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <source>Mayor or Governor</source>
        <translation>Maire ou gouverneur</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>Haut fonctionnaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Saved at once, whether or not the dialog is then confirmed</source>
        <translation>Enregistré aussitôt, que la fenêtre soit ensuite validée ou non</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
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
        <source>Acc&amp;reditation…</source>
        <translation>Acc&amp;réditation…</translation>
    </message>
    <message>
        <source>The selected delegate&apos;s record: nominate on a route, documents, state, badges and check-ins</source>
        <translation>Le dossier du délégué choisi : proposer sur une voie, documents, état, badges et enregistrements</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <source>The selected delegate&apos;s own sessions as an .ics calendar</source>
        <translation>Les séances du délégué sélectionné en calendrier .ics</translation>
    </message>
    <message>
        <source>Loading delegates…</source>
        <translation>Chargement des délégués…</translation>
    </message>
    <message>
        <source>Delegates not read: %1</source>
        <translation>Délégués non lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n délégué</numerusform>
            <numerusform>%n délégués</numerusform>
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
            <numerusform>Supprimer %n délégué avec ses accréditations, badges et interventions ? Impossible à annuler.</numerusform>
            <numerusform>Supprimer %n délégués avec leurs accréditations, badges et interventions ? Impossible à annuler.</numerusform>
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
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Select one delegate first.</source>
        <translation>Choisissez d’abord un délégué.</translation>
    </message>
</context>
<context>
    <name>DelegationPickUpDialog</name>
    <message>
        <source>Delegation pick-up</source>
        <translation>Retrait pour la délégation</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Remettre</translation>
    </message>
    <message numerus="yes">
        <source>%n printed badge(s) of this delegation waiting:</source>
        <translation>
            <numerusform>%n badge imprimé de cette délégation en attente :</numerusform>
            <numerusform>%n badges imprimés de cette délégation en attente :</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Retiré par</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message>
        <source>handed over already</source>
        <translation>déjà remis</translation>
    </message>
</context>
<context>
    <name>DeskCardView</name>
    <message>
        <source>&amp;Print badge (F5)</source>
        <extracomment>the colour of the state line, by state</extracomment>
        <translation>&amp;Imprimer le badge (F5)</translation>
    </message>
    <message>
        <source>&amp;Reprint… (F6)</source>
        <translation>&amp;Réimprimer… (F6)</translation>
    </message>
    <message>
        <source>&amp;Handed over (F9)</source>
        <translation>&amp;Remis (F9)</translation>
    </message>
    <message>
        <source>&amp;Delegation pick-up…</source>
        <translation>Retrait pour la &amp;délégation…</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>P&amp;hoto…</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Scan a badge or type a name: the person&apos;s card shows here.</source>
        <translation>Scannez un badge ou tapez un nom : la fiche de la personne s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Voie : %1</translation>
    </message>
    <message>
        <source>Not on any route yet</source>
        <translation>Sur aucune voie d&apos;accréditation pour l&apos;instant</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>pas d&apos;accréditation</translation>
    </message>
    <message>
        <source>Documents missing: %1</source>
        <translation>Documents manquants : %1</translation>
    </message>
    <message>
        <source>Badge %1 printed %2</source>
        <translation>Badge %1 imprimé le %2</translation>
    </message>
    <message>
        <source> · handed over</source>
        <translation> · remis</translation>
    </message>
    <message>
        <source> · not handed over yet</source>
        <translation> · pas encore remis</translation>
    </message>
    <message>
        <source>No badge printed yet</source>
        <translation>Aucun badge imprimé pour l&apos;instant</translation>
    </message>
    <message>
        <source>No badge: not approved</source>
        <translation>Pas de badge : non approuvé</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>DeskPrinterDialog</name>
    <message>
        <source>Desk printer</source>
        <translation>Imprimante du guichet</translation>
    </message>
    <message>
        <source>No printer: preview first</source>
        <translation>Pas d&apos;imprimante : aperçu d&apos;abord</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (introuvable maintenant)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Card printers: the ID-1 layouts (CR80, 54 × 85.6 mm). Label printers: 62 × 100 mm (Brother QL) or 4 × 3 in (Zebra). With a printer chosen, Print badge prints at once, without a dialog.</source>
        <translation>Imprimantes de cartes : les modèles ID-1 (CR80, 54 × 85,6 mm). Imprimantes d&apos;étiquettes : 62 × 100 mm (Brother QL) ou 4 × 3 po (Zebra). Une imprimante choisie, Imprimer le badge imprime aussitôt, sans dialogue.</translation>
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
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
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
        <source>Country code</source>
        <extracomment>the export&apos;s own columns, which no import fills</extracomment>
        <translation>Code du pays</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Fichier de la photo</translation>
    </message>
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
            <numerusform>Le seul délégué (%n)</numerusform>
            <numerusform>Tous les %n délégués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n delegate(s) the filters show</source>
        <translation>
            <numerusform>Le délégué affiché par les filtres (%n)</numerusform>
            <numerusform>Les %n délégués affichés par les filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>Le délégué sélectionné (%n)</numerusform>
            <numerusform>Les %n délégués sélectionnés</numerusform>
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
    <name>ForumActions</name>
    <message>
        <source>New &amp;forum…</source>
        <translation>Nouveau &amp;forum…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Rooms and zones…</source>
        <translation>&amp;Salles et zones…</translation>
    </message>
    <message>
        <source>&amp;Accreditation routes…</source>
        <translation>&amp;Voies d’accréditation…</translation>
    </message>
    <message>
        <source>Load the &amp;demo forum</source>
        <translation>Charger le forum de &amp;démonstration</translation>
    </message>
    <message>
        <source>No forum yet in this database. Start your own forum with File › New forum…, or look around the demo forum first.</source>
        <translation>Pas encore de forum dans cette base. Créez le vôtre avec Fichier › Nouveau forum…, ou découvrez d’abord le forum de démonstration.</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>Nouveau forum…</translation>
    </message>
    <message>
        <source>Load the demo</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;orum</translation>
    </message>
    <message>
        <source>No forum yet — mmdesk</source>
        <translation>Pas encore de forum — mmdesk</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum…</source>
        <translation>Pas encore de forum — Fichier › Nouveau forum…</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum… sets its days; then add rooms (Forum › Rooms and zones…) and sessions here.</source>
        <translation>Pas encore de forum — Fichier › Nouveau forum… fixe ses jours ; ajoutez ensuite les salles (Forum › Salles et zones…) et les séances ici.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>This database holds a forum already; a new forum goes into a new database (File › New database…). Its settings are in Forum › Settings…</source>
        <translation>Cette base contient déjà un forum ; un nouveau forum va dans une nouvelle base (Fichier › Nouvelle base…). Ses paramètres sont dans Forum › Paramètres…</translation>
    </message>
    <message>
        <source>Forum created. Next: its rooms (Forum › Rooms and zones…) and accreditation routes.</source>
        <translation>Forum créé. Ensuite : ses salles (Forum › Salles et zones…) et ses voies d’accréditation.</translation>
    </message>
    <message>
        <source>Loading the demo forum…</source>
        <translation>Chargement du forum de démonstration…</translation>
    </message>
    <message>
        <source>Demo not loaded</source>
        <translation>Démonstration non chargée</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <source>Forum settings</source>
        <translation>Paramètres du forum</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>e.g. Mayoral Forum on Human Mobility, Migration and Development</source>
        <translation>p. ex. Forum des maires sur la mobilité humaine, les migrations et le développement</translation>
    </message>
    <message>
        <source>e.g. MMF 2026 (window title, badges)</source>
        <translation>p. ex. FMM 2026 (titre de la fenêtre, badges)</translation>
    </message>
    <message>
        <source>e.g. United Nations Headquarters</source>
        <translation>p. ex. Siège des Nations Unies</translation>
    </message>
    <message>
        <source>Two-letter codes, the first is the language badges and documents print in (en English, fr French, es Spanish, ar Arabic…).</source>
        <translation>Codes à deux lettres ; le premier est la langue d’impression des badges et documents (en anglais, fr français, es espagnol, ar arabe…).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
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
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.</source>
        <translation>
            <numerusform>%n séance tomberait hors de ces jours : %1%2. Déplacez-la ou supprimez-la d’abord, ou gardez des jours qui la contiennent.</numerusform>
            <numerusform>%n séances tomberaient hors de ces jours : %1%2. Déplacez-les ou supprimez-les d’abord, ou gardez des jours qui les contiennent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumWorkbook</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the workbook.</source>
        <translation>
            <numerusform>Rien n’a été importé : %n problème dans le classeur.</numerusform>
            <numerusform>Rien n’a été importé : %n problèmes dans le classeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export forum &amp;workbook…</source>
        <translation>Exporter le &amp;classeur du forum…</translation>
    </message>
    <message>
        <source>Import forum wor&amp;kbook…</source>
        <translation>Importer le class&amp;eur du forum…</translation>
    </message>
    <message>
        <source>Forum workbook &amp;template…</source>
        <translation>&amp;Modèle de classeur du forum…</translation>
    </message>
    <message>
        <source>Export nominations workbook…</source>
        <translation>Exporter le classeur de nominations…</translation>
    </message>
    <message>
        <source>Import nominations workbook…</source>
        <translation>Importer le classeur de nominations…</translation>
    </message>
    <message>
        <source>Export forum workbook</source>
        <translation>Exporter le classeur du forum</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Import forum workbook</source>
        <translation>Importer le classeur du forum</translation>
    </message>
    <message>
        <source>Forum workbook not imported</source>
        <translation>Classeur du forum non importé</translation>
    </message>
    <message>
        <source>The forum was created.</source>
        <translation>Le forum a été créé.</translation>
    </message>
    <message>
        <source>The forum was updated.</source>
        <translation>Le forum a été mis à jour.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Voies d&apos;accréditation</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation>%1 — créés : %2, mis à jour : %3</translation>
    </message>
    <message>
        <source>Programme, line %1: no delegate called %2</source>
        <translation>Programme, ligne %1 : aucun délégué nommé %2</translation>
    </message>
    <message>
        <source>Forum workbook imported</source>
        <translation>Classeur du forum importé</translation>
    </message>
    <message>
        <source>Forum workbook template</source>
        <translation>Modèle de classeur du forum</translation>
    </message>
    <message>
        <source>Language of the headers and notes:</source>
        <translation>Langue des en-têtes et des notes :</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <source>Template written to %1: fill it in, then File › Import forum workbook…</source>
        <translation>Modèle écrit dans %1 : remplissez-le, puis Fichier › Importer le classeur du forum…</translation>
    </message>
    <message>
        <source>Nominations workbook</source>
        <translation>Classeur de nominations</translation>
    </message>
    <message>
        <source>No accreditation route yet: add the routes first.</source>
        <translation>Aucune voie d&apos;accréditation pour l&apos;instant : ajoutez d&apos;abord les voies.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Voie :</translation>
    </message>
    <message>
        <source>Nominations workbook of %1 written to %2</source>
        <translation>Classeur de nominations de %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Nominations not imported</source>
        <translation>Nominations non importées</translation>
    </message>
    <message>
        <source>Import nominations workbook</source>
        <translation>Importer le classeur de nominations</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n voie</numerusform>
            <numerusform>%n voies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n délégué</numerusform>
            <numerusform>%n délégués</numerusform>
        </translation>
    </message>
    <message>
        <source>Forum exported to %1: %2</source>
        <translation>Forum exporté vers %1 : %2</translation>
    </message>
    <message>
        <source>Route %1: %2 nominated (%3 new), %4 already on the route.</source>
        <translation>Voie %1 — proposés : %2 (nouveaux : %3), déjà sur la voie : %4.</translation>
    </message>
    <message>
        <source>Line %1, past the quota: %2</source>
        <translation>Ligne %1, au-delà du quota : %2</translation>
    </message>
    <message>
        <source>Nominations imported</source>
        <translation>Nominations importées</translation>
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
        <source>Reference</source>
        <translation>Référence</translation>
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
        <source>Full name (split)</source>
        <translation>Nom complet (à séparer)</translation>
    </message>
    <message>
        <source>Name on badge</source>
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
        <source>Accreditation route</source>
        <translation>Voie d’accréditation</translation>
    </message>
    <message>
        <source>Accreditation state</source>
        <translation>État de l’accréditation</translation>
    </message>
    <message>
        <source>Tags or product (a route&apos;s name nominates)</source>
        <translation>Étiquettes ou produit (le nom d’une voie y inscrit)</translation>
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
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
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
        <source>Nominate rows naming no route on</source>
        <translation>Proposer sur cette voie les lignes sans voie</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
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
    <name>LetterActions</name>
    <message>
        <source>L&amp;etters…</source>
        <translation>L&amp;ettres…</translation>
    </message>
    <message>
        <source>Printing letters…</source>
        <translation>Impression des lettres…</translation>
    </message>
    <message>
        <source>No letters printed</source>
        <translation>Aucune lettre imprimée</translation>
    </message>
    <message>
        <source>Some delegates were left out</source>
        <translation>Certains délégués ont été laissés de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed;</source>
        <translation>
            <numerusform>%n lettre imprimée ;</numerusform>
            <numerusform>%n lettres imprimées ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) left out:</source>
        <translation>
            <numerusform>%n délégué laissé de côté :</numerusform>
            <numerusform>%n délégués laissés de côté :</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Print letters</source>
        <translation>Imprimer des lettres</translation>
    </message>
    <message>
        <source>Visa support letters</source>
        <translation>Lettres d’appui aux demandes de visa</translation>
    </message>
    <message>
        <source>Letters of invitation</source>
        <translation>Lettres d’invitation</translation>
    </message>
    <message>
        <source>Confirmations of participation</source>
        <translation>Confirmations de participation</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Certificats de participation</translation>
    </message>
    <message>
        <source>Each delegate&apos;s language</source>
        <translation>La langue de chaque délégué</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>Le délégué sélectionné (%n)</numerusform>
            <numerusform>Les %n délégués sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone the letter applies to</source>
        <translation>Toutes les personnes concernées par la lettre</translation>
    </message>
    <message>
        <source>Letters go to approved delegates, certificates of attendance to people admitted at the venue; a visa letter needs the passport data. Each letter gets a number in the register and is logged with the sensitive exports.</source>
        <translation>Les lettres vont aux délégués approuvés, les certificats de participation aux personnes accueillies sur le site ; une lettre de visa exige les données du passeport. Chaque lettre reçoit un numéro dans le registre et est consignée avec les exportations sensibles.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
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
    <message numerus="yes">
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n séance exportée vers %1</numerusform>
            <numerusform>%n séances exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The date for keeping personal data has passed: close the event in File › Data protection.</source>
        <translation>La date de conservation des données personnelles est passée : clôturez l&apos;événement dans Fichier › Protection des données.</translation>
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
    <message>
        <source>Database: %1</source>
        <extracomment>what each part of the window shows, by the tables it reads on a large store, the counts and rules wait this long after the last change (a burst of edits runs them once, and they do not slow the edits down meanwhile) a write seen on disk is read this long after (a burst of writes is read once)</extracomment>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>%1 delegates · %2 sessions · %3</source>
        <translation>%1 délégués · %2 séances · %3</translation>
    </message>
</context>
<context>
    <name>ModeratorConsole</name>
    <message>
        <source>Live session — %1</source>
        <translation>Séance en direct — %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Space: start / next speaker · P: pause · F: floor intervention · D: time per delegation · M: confidence monitor · R: print the record · F11: full screen · Esc: close</source>
        <translation>Espace : commencer / intervenant suivant · P : pause · F : intervention de la salle · D : temps par délégation · M : écran de retour · R : imprimer le compte rendu · F11 : plein écran · Échap : fermer</translation>
    </message>
    <message>
        <source>Times not saved</source>
        <translation>Horaires non enregistrés</translation>
    </message>
    <message>
        <source>Floor intervention</source>
        <translation>Intervention de la salle</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Time per delegation</source>
        <translation>Temps par délégation</translation>
    </message>
    <message>
        <source>Minutes each delegation may speak in total (0: no limit)</source>
        <translation>Minutes de parole de chaque délégation au total (0 : sans limite)</translation>
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
        <source>Session record</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Press Space to give the floor to the first speaker</source>
        <translation>Appuyez sur Espace pour donner la parole au premier intervenant</translation>
    </message>
    <message>
        <source>Paused — P resumes</source>
        <translation>En pause — P pour reprendre</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>%1 min allotted</source>
        <translation>%1 min accordées</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Nobody after this speaker</source>
        <translation>Personne après cet intervenant</translation>
    </message>
    <message>
        <source>Expected end %1</source>
        <translation>Fin prévue %1</translation>
    </message>
    <message>
        <source>%1 min over the session&apos;s end</source>
        <translation>%1 min après la fin de la séance</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate on a route</source>
        <translation>Proposer sur une voie</translation>
    </message>
    <message>
        <source>Type a name, city or organisation…</source>
        <translation>Tapez un nom, une ville ou une organisation…</translation>
    </message>
    <message>
        <source> — %1 of %2 places taken</source>
        <translation> — %1 places prises sur %2</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>No accreditation routes yet — add them in Forum › Accreditation routes…</source>
        <translation>Pas encore de voie d’accréditation — ajoutez-les dans Forum › Voies d’accréditation…</translation>
    </message>
    <message>
        <source>Find the delegate first: type part of the name.</source>
        <translation>Trouvez d’abord le délégué : tapez une partie du nom.</translation>
    </message>
    <message>
        <source>There is no route to nominate on yet.</source>
        <translation>Il n’y a pas encore de voie sur laquelle proposer.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more page(s)</source>
        <translation>
            <numerusform>… et %n page de plus</numerusform>
            <numerusform>… et %n pages de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
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
    <name>PersonRecordDialog</name>
    <message>
        <source>&amp;Nominate on a route…</source>
        <translation>&amp;Proposer sur une voie…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>Issue badge</source>
        <translation>Émettre le badge</translation>
    </message>
    <message>
        <source>Mark collected</source>
        <translation>Marquer retiré</translation>
    </message>
    <message>
        <source>Nominate again</source>
        <translation>Proposer à nouveau</translation>
    </message>
    <message>
        <source>Record of %1</source>
        <translation>Dossier de %1</translation>
    </message>
    <message>
        <source>Not accredited yet — press Nominate on a route…</source>
        <translation>Pas encore accrédité — cliquez sur Proposer sur une voie…</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Not seen at a desk or door yet.</source>
        <translation>Pas encore vu à un comptoir ou à une porte.</translation>
    </message>
    <message>
        <source>Invited to</source>
        <translation>Invité à</translation>
    </message>
    <message>
        <source>No invitation-only session.</source>
        <translation>Aucune séance sur invitation.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>%1 printed %2</source>
        <translation>%1 imprimé le %2</translation>
    </message>
    <message>
        <source> — revoked %1 (%2)</source>
        <translation> — révoqué le %1 (%2)</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>réimprimé</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>nom corrigé</translation>
    </message>
    <message>
        <source>reprinted: %1</source>
        <translation>réimprimé : %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Rien n’a changé : %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Take with the &amp;camera…</source>
        <translation>Prendre avec la &amp;caméra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cropped to the badge&apos;s photo box and kept as a small JPEG; erased when the event closes.</source>
        <translation>Recadrée au cadre photo du badge et gardée en petit JPEG ; effacée à la clôture de l&apos;événement.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Photo not taken</source>
        <translation>Photo non prise</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Confirm who this is</source>
        <extracomment>the size of a face in the pick list (the badge photo&apos;s 7:9)</extracomment>
        <translation>Confirmer de qui il s’agit</translation>
    </message>
    <message>
        <source>&amp;Show this person</source>
        <translation>&amp;Afficher cette personne</translation>
    </message>
    <message>
        <source>&amp;Admit this person</source>
        <translation>&amp;Admettre cette personne</translation>
    </message>
    <message>
        <source>Check the person in front of you before admitting.</source>
        <translation>Vérifiez la personne en face de vous avant de l’admettre.</translation>
    </message>
    <message>
        <source>Check the person in front of you before printing or handing over a badge.</source>
        <translation>Vérifiez la personne en face de vous avant d&apos;imprimer ou de remettre un badge.</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>aucune accréditation</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message>
        <source>no badge</source>
        <translation>pas de badge</translation>
    </message>
    <message>
        <source>partial match</source>
        <translation>correspondance partielle</translation>
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
        <source>The erased data is also wiped from the store&apos;s journal (-wal) and free pages; the automatic backups that hold it are deleted and one copy of the closed store is taken in their place. After closing, no new delegates, imports or badges are accepted.</source>
        <translation>Les données effacées le sont aussi du journal de la base (-wal) et de ses pages libres ; les sauvegardes automatiques qui les contiennent sont supprimées et une copie de la base close est faite à leur place. Après la clôture, aucun nouveau délégué, import ni badge n’est accepté.</translation>
    </message>
    <message>
        <source>Endorsements stay: they are the cities&apos; public statements. The name of the person who signed each one is personal data and is erased with the rest.</source>
        <translation>Les soutiens restent : ce sont les déclarations publiques des villes. Le nom de la personne qui a signé chacun est une donnée personnelle et est effacé avec le reste.</translation>
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
    <message>
        <source>Not wiped yet</source>
        <translation>Pas encore effacé</translation>
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
    <name>ProgrammeMenu</name>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Release version…</source>
        <translation>&amp;Publier une version…</translation>
    </message>
    <message>
        <source>&amp;What changed…</source>
        <translation>&amp;Modifications…</translation>
    </message>
    <message>
        <source>&amp;Live session…</source>
        <translation>Séance en &amp;direct…</translation>
    </message>
    <message>
        <source>Release version</source>
        <translation>Publier une version</translation>
    </message>
    <message>
        <source>Programme version %1 released</source>
        <translation>Version %1 du programme publiée</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Séance en direct</translation>
    </message>
    <message>
        <source>No session has speakers yet.</source>
        <translation>Aucune séance n’a encore d’intervenants.</translation>
    </message>
    <message>
        <source>Session to run</source>
        <translation>Séance à conduire</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>Supprimer &amp;la séance…</translation>
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
        <source>&amp;Protocol order</source>
        <translation>Ordre &amp;protocolaire</translation>
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
        <source>No rooms and no sessions yet — add the venue&apos;s rooms (Forum › Rooms and zones…), then drag on the grid or press New session….</source>
        <translation>Pas encore de salles ni de séances — ajoutez les salles du lieu (Forum › Salles et zones…), puis faites glisser sur la grille ou cliquez sur Nouvelle séance….</translation>
    </message>
    <message>
        <source>No sessions yet — drag on the grid below a room, or press New session….</source>
        <translation>Pas encore de séances — faites glisser sur la grille sous une salle, ou cliquez sur Nouvelle séance….</translation>
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
        <source>Access: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <source> · Chatham House rule</source>
        <translation> · règle de Chatham House</translation>
    </message>
    <message>
        <source>Invited (%1): %2</source>
        <translation>Invités (%1) : %2</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>personne pour l’instant</translation>
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
        <source>Not duplicated</source>
        <translation>Non dupliquée</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>dupliquer %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n speaker(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer « %1 » avec son intervenant ? Édition › Annuler la rétablit.</numerusform>
            <numerusform>Supprimer « %1 » avec ses %n intervenants ? Édition › Annuler la rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
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
    <name>ReleaseDialog</name>
    <message>
        <source>Release programme version</source>
        <translation>Publier une version du programme</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 was released on %2 by %3; %n change(s) since then.</source>
        <translation>
            <numerusform>La version %1 a été publiée le %2 par %3 ; %n modification depuis.</numerusform>
            <numerusform>La version %1 a été publiée le %2 par %3 ; %n modifications depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>This release will be version %1.</source>
        <translation>Cette publication sera la version %1.</translation>
    </message>
    <message>
        <source>No version has been released yet: this release will be version 1.</source>
        <translation>Aucune version n’a encore été publiée : celle-ci sera la version 1.</translation>
    </message>
    <message>
        <source>e.g. after the mayors&apos; confirmations</source>
        <translation>p. ex. après les confirmations des maires</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publier</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint badge</source>
        <extracomment>the stored reason → its words in the window</extracomment>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>nom corrigé</translation>
    </message>
    <message>
        <source>Print a new badge for %1? The badge %2 is revoked: it opens no door any more.</source>
        <translation>Imprimer un nouveau badge pour %1 ? Le badge %2 est révoqué : il n&apos;ouvre plus aucune porte.</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Réimprimer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>Modifier la salle</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>e.g. General Assembly Hall</source>
        <translation>p. ex. Salle de l’Assemblée générale</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>e.g. plenary, restricted, press</source>
        <translation>p. ex. plénière, restreinte, presse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Access zone</source>
        <translation>Zone d’accès</translation>
    </message>
    <message>
        <source>A badge opens a room&apos;s door where its route opens the room&apos;s zone.</source>
        <translation>Un badge ouvre la porte d’une salle si sa voie ouvre la zone de la salle.</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Rooms and zones</source>
        <translation>Salles et zones</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Access zone</source>
        <translation>Zone d’accès</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Add room…</source>
        <translation>&amp;Ajouter une salle…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>The order here is the order of the programme grid&apos;s columns.</source>
        <translation>L’ordre ici est celui des colonnes de la grille du programme.</translation>
    </message>
    <message>
        <source>Access zones: %1</source>
        <translation>Zones d’accès : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <source>Delete the room %1?</source>
        <translation>Supprimer la salle %1 ?</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Edit route</source>
        <translation>Modifier la voie</translation>
    </message>
    <message>
        <source>New accreditation route</source>
        <translation>Nouvelle voie d’accréditation</translation>
    </message>
    <message>
        <source>e.g. National delegation of Ghana</source>
        <translation>p. ex. Délégation nationale du Ghana</translation>
    </message>
    <message>
        <source>e.g. UCLG</source>
        <translation>p. ex. CGLU</translation>
    </message>
    <message>
        <source>who sends the nominations (optional)</source>
        <translation>qui envoie les candidatures (facultatif)</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>pas de quota</translation>
    </message>
    <message>
        <source>refuse further nominations</source>
        <translation>refuser les candidatures suivantes</translation>
    </message>
    <message>
        <source>accept them, flagged as over quota</source>
        <translation>les accepter, signalées hors quota</translation>
    </message>
    <message>
        <source>one a line, e.g. Letter of nomination</source>
        <translation>un par ligne, p. ex. Lettre de nomination</translation>
    </message>
    <message>
        <source>other zones, separated by commas</source>
        <translation>autres zones, séparées par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Nominating body</source>
        <translation>Organe de nomination</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Past the quota</source>
        <translation>Au-delà du quota</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documents requis</translation>
    </message>
    <message>
        <source>Zones the badge opens</source>
        <translation>Zones ouvertes par le badge</translation>
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
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>sent %1 (%2)</source>
        <translation>envoyés %1 (%2)</translation>
    </message>
    <message>
        <source>returned %1 (%2)</source>
        <translation>reçus en retour %1 (%2)</translation>
    </message>
    <message>
        <source>Nomination workbooks sent to the nominating body (File › Export nominations workbook…) and returned by it (File › Import nominations workbook…)</source>
        <translation>Classeurs de nominations envoyés à l’organe de désignation (Fichier › Exporter le classeur de nominations…) et renvoyés par lui (Fichier › Importer le classeur de nominations…)</translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <source>Accreditation routes</source>
        <translation>Voies d’accréditation</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Proposé par</translation>
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
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>&amp;Add route…</source>
        <translation>&amp;Ajouter une voie…</translation>
    </message>
    <message>
        <source> (flag)</source>
        <translation> (signaler)</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Supprimer la voie</translation>
    </message>
    <message>
        <source>Delete the route %1?</source>
        <translation>Supprimer la voie %1 ?</translation>
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
        <source>type an organisation, or choose a delegate</source>
        <translation>tapez une organisation, ou choisissez un délégué</translation>
    </message>
    <message>
        <source>e.g. Governments of Germany and Egypt</source>
        <translation>p. ex. Gouvernements d&apos;Allemagne et d&apos;Égypte</translation>
    </message>
    <message>
        <source>Delegate…</source>
        <translation>Délégué…</translation>
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
        <source>no limit</source>
        <translation>sans limite</translation>
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
        <source>Time per delegation (minutes)</source>
        <translation>Temps par délégation (minutes)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Invite a delegate</source>
        <translation>Inviter un délégué</translation>
    </message>
    <message>
        <source>Choose a delegate</source>
        <translation>Choisir un délégué</translation>
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
    <name>SpeakingTimeBox</name>
    <message>
        <source>Speaking time, planned and actual (minutes)</source>
        <translation>Temps de parole, prévu et réel (minutes)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
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
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <translation>Nouvel arrivant sans inscription</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source> — approved here</source>
        <translation> — approuvé ici</translation>
    </message>
    <message>
        <source> — to the accreditation queue</source>
        <translation> — vers la file d&apos;accréditation</translation>
    </message>
    <message>
        <source>&amp;Approve and print the badge now</source>
        <translation>&amp;Approuver et imprimer le badge maintenant</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Voie</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>The desk approves on this route: the badge prints at once.</source>
        <translation>Le guichet approuve sur cette voie : le badge s&apos;imprime aussitôt.</translation>
    </message>
    <message>
        <source>The desk does not approve on this route (a quota, documents, or another body decides): the walk-in waits in the accreditation queue.</source>
        <translation>Le guichet n&apos;approuve pas sur cette voie (un quota, des documents ou un autre organisme décident) : l&apos;arrivant attend dans la file d&apos;accréditation.</translation>
    </message>
    <message>
        <source>Register and &amp;print</source>
        <translation>Inscrire et &amp;imprimer</translation>
    </message>
    <message>
        <source>The event has no accreditation route yet: add one first.</source>
        <translation>L&apos;événement n&apos;a pas encore de voie d&apos;accréditation : ajoutez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>every finding, errors included</comment>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them error(s)</source>
        <translation>
            <numerusform>, dont %n erreur</numerusform>
            <numerusform>, dont %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the programme…</source>
        <translation>Vérification du programme…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>Les règles n&apos;ont pas pu s&apos;exécuter : %1</translation>
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
    <name>forum</name>
    <message>
        <source>No forum yet</source>
        <translation>Pas encore de forum</translation>
    </message>
    <message>
        <source>No forum yet — create it first (File › New forum…). Create it now?</source>
        <translation>Pas encore de forum — créez-le d’abord (Fichier › Nouveau forum…). Le créer maintenant ?</translation>
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
        <translation>proposée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
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
        <source>open to all accredited</source>
        <translation>ouverte à tous les accrédités</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>sur invitation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
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
    <message>
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
    </message>
    <message>
        <source>4 A6 badges on A4, with crop marks</source>
        <translation>4 badges A6 sur A4, avec traits de coupe</translation>
    </message>
    <message>
        <source>8 A7 badges on A4 landscape, with crop marks</source>
        <translation>8 badges A7 sur A4 à l’italienne, avec traits de coupe</translation>
    </message>
    <message>
        <source>A6 badge with photo (105 × 148 mm)</source>
        <translation>Badge A6 avec photo (105 × 148 mm)</translation>
    </message>
    <message>
        <source>A6 badge (105 × 148 mm)</source>
        <translation>Badge A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <source>A7 badge (74 × 105 mm)</source>
        <translation>Badge A7 (74 × 105 mm)</translation>
    </message>
    <message>
        <source>ID-1 card with photo (85.6 × 54 mm)</source>
        <translation>Carte ID-1 avec photo (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>ID-1 card (85.6 × 54 mm)</source>
        <translation>Carte ID-1 (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>Label 4 × 3 in (Zebra, 101.6 × 76.2 mm)</source>
        <translation>Étiquette 4 × 3 po (Zebra, 101,6 × 76,2 mm)</translation>
    </message>
    <message>
        <source>Label 62 × 100 mm (Brother QL, 62 mm continuous)</source>
        <translation>Étiquette 62 × 100 mm (Brother QL, rouleau continu de 62 mm)</translation>
    </message>
</context>
</TS>
