<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EstateLoader</name>
    <message>
        <location filename="../services/estateloader.cpp" line="+208"/>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a mapping (key: value pairs)</source>
        <translation>%1 doit être un dictionnaire (paires clé: valeur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+918"/>
        <source>keys must be plain words</source>
        <translation>les clés doivent être de simples mots</translation>
    </message>
    <message>
        <location line="-908"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>clé inconnue &apos;%1&apos; dans &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <location line="+82"/>
        <location line="+973"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation> ; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <location line="-1206"/>
        <source>; expected one of: %1</source>
        <translation> ; valeurs attendues : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key &apos;%1&apos; appears twice; the first is at line %2</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois ; la première se trouve à la ligne %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>clé obligatoire &apos;%1&apos; manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing required key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>clé obligatoire &apos;%1&apos; manquante dans &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be %2</source>
        <translation>&apos;%1&apos; doit être %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got &apos;%1&apos;</source>
        <translation>, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got a list</source>
        <translation>, reçu : une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got a mapping</source>
        <translation>, reçu : un dictionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got nothing</source>
        <translation>, reçu : rien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; must be an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>&apos;%1&apos; doit être un entier de %2 à %3, reçu : &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; must be a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être un nombre, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; must be true or false, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit valoir true ou false, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>&apos;%1&apos; must be one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; doit être l&apos;une des valeurs %2, reçu : &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&apos;%1&apos;: unknown time zone &apos;%2&apos;; expected an IANA identifier such as Europe/Amsterdam</source>
        <translation>&apos;%1&apos; : fuseau horaire inconnu &apos;%2&apos; ; un identifiant IANA tel que Europe/Amsterdam est attendu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be an ISO 8601 duration such as PT30M, PT2H or P1DT12H (no years or months), got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une durée ISO 8601 telle que PT30M, PT2H ou P1DT12H (sans années ni mois), reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+721"/>
        <source>&apos;%1&apos; must be a secret reference keychain:&lt;service&gt;/&lt;account&gt;; secrets are never written in the estate (the value is not shown)</source>
        <translation>&apos;%1&apos; doit être une référence de secret keychain:&lt;service&gt;/&lt;account&gt; ; les secrets ne sont jamais écrits dans le parc (la valeur n&apos;est pas affichée)</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>duplicate name &apos;%1&apos; in %2; the first is at %3</source>
        <translation>nom &apos;%1&apos; en double dans %2 ; le premier se trouve à %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>YAML syntax error: control character 0x%1 is not allowed in YAML text</source>
        <translation>erreur de syntaxe YAML : le caractère de contrôle 0x%1 n&apos;est pas autorisé dans un texte YAML</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>erreur de syntaxe YAML : caractère inattendu au début d&apos;un document</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>cannot read YAML: %1</source>
        <translation>impossible de lire le YAML : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read this document: %1</source>
        <translation>impossible de lire ce document : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;apiVersion&apos; must be gatehouse/v1, got &apos;%1&apos;</source>
        <translation>&apos;apiVersion&apos; doit valoir gatehouse/v1, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;metadata.name&apos; must be lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit, got &apos;%1&apos;</source>
        <translation>&apos;metadata.name&apos; ne doit contenir que des lettres minuscules, des chiffres et &apos;-&apos;, et commencer et finir par une lettre ou un chiffre, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>a mapping of strings</source>
        <translation>un dictionnaire de chaînes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a second Estate &apos;%1&apos;; exactly one Estate is allowed, the first is at %2</source>
        <translation>un second Estate &apos;%1&apos; ; un seul Estate est autorisé, le premier se trouve à %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duplicate %1 name &apos;%2&apos;; the first is at %3</source>
        <translation>nom de %1 &apos;%2&apos; en double ; le premier se trouve à %3</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>&apos;%1&apos; is not a valid RRULE &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; n&apos;est pas une RRULE valide &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une date YYYY-MM-DD, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be omitted when allDay is true</source>
        <translation>&apos;%1&apos; doit être omis lorsque allDay vaut true</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a time of day HH:MM (24 h), got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une heure HH:MM (24 h), reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; must be an ISO 3166 alpha-2 code such as NL or US, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être un code ISO 3166 alpha-2 tel que NL ou US, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a production environment names the sites it serves</source>
        <translation>un environnement de production indique les sites qu&apos;il dessert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must name at least one site for a production environment</source>
        <translation>&apos;%1&apos; doit indiquer au moins un site pour un environnement de production</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; must be an http or https URL, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une URL http ou https, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;%1&apos; is only allowed for kind odoo-module, this integration is of kind %2</source>
        <translation>&apos;%1&apos; n&apos;est autorisé que pour le type odoo-module, cette intégration est de type %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>required for kind odoo-module</source>
        <translation>obligatoire pour le type odoo-module</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&apos;%1&apos; must be table.column, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être de la forme table.column, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a mapping of secret references</source>
        <translation>un dictionnaire de références de secrets</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;%1&apos;: holiday file &apos;%2&apos; does not exist (looked for %3)</source>
        <translation>&apos;%1&apos; : le fichier de jours fériés &apos;%2&apos; n&apos;existe pas (recherché : %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate holiday set name &apos;%1&apos;; the first is at %2</source>
        <translation>nom de calendrier de jours fériés &apos;%1&apos; en double ; le premier se trouve à %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; has both businessDays and a time rule (rrule, start, duration); use one</source>
        <translation>&apos;%1&apos; comporte à la fois businessDays et une règle horaire (rrule, start, duration) ; n&apos;en utilisez qu&apos;une</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give last, first or both</source>
        <translation>indiquez last, first ou les deux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>or a time rule: rrule, start and duration</source>
        <translation>ou une règle horaire : rrule, start et duration</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS], got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une date YYYY-MM-DD ou une date et heure YYYY-MM-DDTHH:MM[:SS], reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; (%2) must be after start (%3)</source>
        <translation>&apos;%1&apos; (%2) doit être postérieur à start (%3)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a second Policy for tier %1; one per tier, the first is at %2</source>
        <translation>une seconde Policy pour le niveau %1 ; une seule par niveau, la première se trouve à %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; (%2) must not be below cabThreshold (%3)</source>
        <translation>&apos;%1&apos; (%2) ne doit pas être inférieur à cabThreshold (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>integration</source>
        <translation>intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holiday set</source>
        <translation>calendrier de jours fériés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; names an unknown %2 &apos;%3&apos;</source>
        <translation>&apos;%1&apos; : %2 &apos;%3&apos; introuvable</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>dependency cycle made only of sync links: %1; a cycle of sync dependencies can never start, make one link async or batch</source>
        <translation>cycle de dépendances composé uniquement de liens sync : %1 ; un cycle de dépendances synchrones ne peut jamais démarrer, passez un lien en async ou batch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no Estate document (kind: Estate) in the folder; exactly one is required</source>
        <translation>aucun document Estate (kind: Estate) dans le dossier ; il en faut exactement un</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <location line="+25"/>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the estate folder does not exist</source>
        <translation>le dossier du parc n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no .yaml or .yml files in the estate folder</source>
        <translation>aucun fichier .yaml ou .yml dans le dossier du parc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../services/estatevalues.cpp" line="+206"/>
        <source>the rule is empty</source>
        <translation>la règle est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the value without the RRULE: prefix</source>
        <translation>écrivez la valeur sans le préfixe RRULE:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a NUL character</source>
        <translation>elle contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libical cannot parse it (%1)</source>
        <translation>libical ne parvient pas à l&apos;analyser (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FREQ is missing</source>
        <translation>FREQ est absent</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App</name>
    <message>
        <location filename="../app/commandline.cpp" line="+21"/>
        <source>Usage:
  gatehouse [--estate DIR] [--database URL] [--lang CODE] [--exit-after-first-frame]
  gatehouse validate DIR [--format text|json]
  gatehouse --version | --help

Release control-center for Odoo-based distribution businesses.

Options:
  --estate DIR              open the estate in DIR (default: the last one)
  --database URL            use the PostgreSQL control store at URL
                            (postgresql://user@host:port/db; the password comes
                            from the keychain) instead of the embedded one
  --lang CODE               user interface language (en, de, fr)
  --exit-after-first-frame  print start-up figures and exit after the first frame
  --version                 print the version and exit
  --help                    print this help and exit

validate DIR:
  checks every YAML file of the estate in DIR and prints each problem as
  file:line:column: error: message. Exit status: 0 valid, 1 invalid, 2 bad usage.
  --format text|json        output format (default text; json goes to stdout)
</source>
        <translation>Utilisation :
  gatehouse [--estate DIR] [--database URL] [--lang CODE] [--exit-after-first-frame]
  gatehouse validate DIR [--format text|json]
  gatehouse --version | --help

Centre de contrôle des mises en production pour les entreprises de distribution sous Odoo.

Options :
  --estate DIR              ouvrir le parc situé dans DIR (par défaut : le dernier ouvert)
  --database URL            utiliser la base de pilotage PostgreSQL située à URL
                            (postgresql://user@host:port/db ; le mot de passe provient
                            du trousseau) au lieu de la base intégrée
  --lang CODE               langue de l&apos;interface (en, de, fr)
  --exit-after-first-frame  afficher les mesures de démarrage et quitter après la première image
  --version                 afficher la version et quitter
  --help                    afficher cette aide et quitter

validate DIR :
  vérifie chaque fichier YAML du parc situé dans DIR et affiche chaque problème sous la forme
  file:line:column: error: message. Code de sortie : 0 valide, 1 invalide, 2 mauvaise utilisation.
  --format text|json        format de sortie (par défaut text ; json est écrit sur stdout)
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Output format.</source>
        <translation>Format de sortie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estate folder.</source>
        <translation>Dossier du parc.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>validate: missing the estate folder (DIR).</source>
        <translation>validate : le dossier du parc (DIR) est manquant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate: expected one folder, got %1.</source>
        <translation>validate : un seul dossier attendu, %1 fournis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate: unknown format &quot;%1&quot; (expected text or json).</source>
        <translation>validate : format « %1 » inconnu (text ou json attendu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate: %1 does not exist.</source>
        <translation>validate : %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate: %1 is not a folder.</source>
        <translation>validate : %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--estate: %1 is not a folder.</source>
        <translation>--estate : %1 n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ChangeRequestModel</name>
    <message>
        <location filename="../models/changerequestmodel.cpp" line="+28"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::DiagnosticModel</name>
    <message>
        <location filename="../models/diagnosticmodel.cpp" line="+35"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::EnvironmentModel</name>
    <message>
        <location filename="../models/environmentmodel.cpp" line="+10"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multi-tenant</source>
        <translation>Mutualisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactModel</name>
    <message>
        <location filename="../models/impactmodel.cpp" line="+14"/>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrades</source>
        <translation>se dégrade</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Integrations (%n)</source>
        <translation>
            <numerusform>Intégrations (%n)</numerusform>
            <numerusform>Intégrations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Business processes (%n)</source>
        <translation>
            <numerusform>Processus métier (%n)</numerusform>
            <numerusform>Processus métier (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partenaires (%n)</numerusform>
            <numerusform>Partenaires (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sites (%n)</source>
        <translation>
            <numerusform>Sites (%n)</numerusform>
            <numerusform>Sites (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Environments (%n)</source>
        <translation>
            <numerusform>Environnements (%n)</numerusform>
            <numerusform>Environnements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactPath</name>
    <message>
        <location filename="../models/impactanalysis.cpp" line="+17"/>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch</source>
        <translation>batch</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::IntegrationModel</name>
    <message>
        <location filename="../models/integrationmodel.cpp" line="+11"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SiteModel</name>
    <message>
        <location filename="../models/sitemodel.cpp" line="+64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStore</name>
    <message>
        <location filename="../services/controlstore.cpp" line="+188"/>
        <source>embedded (%1)</source>
        <translation>intégrée (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the control store password from the keychain…</source>
        <translation>Lecture du mot de passe de la base de pilotage dans le trousseau…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>Text with a NUL character cannot be stored.</source>
        <translation>Un texte contenant un caractère NUL ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change needs a window start and end.</source>
        <translation>Un changement nécessite un début et une fin de fenêtre de maintenance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &apos;%1&apos;.</source>
        <translation>Fuseau horaire inconnu &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStoreWorker</name>
    <message>
        <location filename="../services/controlstoreworker.cpp" line="+66"/>
        <source>Starting the embedded PostgreSQL server…</source>
        <translation>Démarrage du serveur PostgreSQL intégré…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Updating the control store schema failed: %1</source>
        <translation>La mise à jour du schéma de la base de pilotage a échoué : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The control store is closed.</source>
        <translation>La base de pilotage est fermée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection to the control store was lost while the change was being committed. It may or may not have been saved: reload the list to check before trying again.</source>
        <translation>La connexion à la base de pilotage a été perdue pendant la validation du changement. Il a pu être enregistré ou non : rechargez la liste pour le vérifier avant de réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the control store was lost.</source>
        <translation>La connexion à la base de pilotage a été perdue.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The control store could not be reached in time, so the request was not carried out. Check the connection and try again.</source>
        <translation>La base de pilotage n&apos;a pas pu être jointe à temps, la requête n&apos;a donc pas été exécutée. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The change window must end after it starts.</source>
        <translation>La fenêtre de maintenance doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs a title.</source>
        <translation>Un changement doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs a target environment.</source>
        <translation>Un changement doit avoir un environnement cible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs the time zone its window was planned in.</source>
        <translation>Un changement doit indiquer le fuseau horaire dans lequel sa fenêtre de maintenance a été planifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown change type.</source>
        <translation>Type de changement inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown change state.</source>
        <translation>État de changement inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The control store refused this: %1</source>
        <translation>La base de pilotage a refusé cette opération : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The control store was closed before the request could be carried out.</source>
        <translation>La base de pilotage a été fermée avant que la requête puisse être exécutée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::EmbeddedPostgres</name>
    <message>
        <location filename="../services/embeddedpostgres.cpp" line="+108"/>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. Install the &apos;postgresql&apos; package, or configure a shared control store server.</source>
        <translation>Les programmes serveur PostgreSQL (initdb, pg_ctl) sont introuvables. Installez le paquet &apos;postgresql&apos; ou configurez un serveur partagé pour la base de pilotage.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 did not finish in time</source>
        <translation>%1 ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Cannot create the folder %1 for the embedded control store.</source>
        <translation>Impossible de créer le dossier %1 pour la base de pilotage intégrée.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Gatehouse runs as root, but the embedded control store needs the unprivileged &apos;postgres&apos; system user, which does not exist. Run Gatehouse as an ordinary user or configure a shared server.</source>
        <translation>Gatehouse s&apos;exécute en tant que root, mais la base de pilotage intégrée a besoin de l&apos;utilisateur système non privilégié &apos;postgres&apos;, qui n&apos;existe pas. Lancez Gatehouse en tant qu&apos;utilisateur ordinaire ou configurez un serveur partagé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The &apos;postgres&apos; user cannot reach the folder %1 of the embedded control store.</source>
        <translation>L&apos;utilisateur &apos;postgres&apos; ne peut pas accéder au dossier %1 de la base de pilotage intégrée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Creating the embedded PostgreSQL cluster failed: %1</source>
        <translation>La création du cluster PostgreSQL intégré a échoué : %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Starting the embedded PostgreSQL server failed: %1
%2</source>
        <translation>Le démarrage du serveur PostgreSQL intégré a échoué : %1
%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the embedded control store database failed: %1</source>
        <translation>La préparation de la base de données de la base de pilotage intégrée a échoué : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopping the embedded PostgreSQL server failed: %1</source>
        <translation>L&apos;arrêt du serveur PostgreSQL intégré a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::SecretStore</name>
    <message>
        <location filename="../services/secretstore.cpp" line="+29"/>
        <source>No secret is stored in the keychain for %1 (or the keyring is locked). Store it in the settings dialog, or unlock the keyring.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau pour %1 (ou le trousseau est verrouillé). Enregistrez-le dans la boîte de dialogue des paramètres ou déverrouillez le trousseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain entry %1 was denied.</source>
        <translation>L&apos;accès à l&apos;entrée %1 du trousseau a été refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running), so %1 cannot be used.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (aucun Secret Service tel que GNOME Keyring ou KWallet n&apos;est en cours d&apos;exécution), %1 ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain entry %1 could not be deleted.</source>
        <translation>L&apos;entrée %1 du trousseau n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not be read for %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Le trousseau n&apos;a pas pu être lu pour %1 : aucun Secret Service n&apos;est en cours d&apos;exécution ou le trousseau est verrouillé. Démarrez et déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not store %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Le trousseau n&apos;a pas pu enregistrer %1 : aucun Secret Service n&apos;est en cours d&apos;exécution ou le trousseau est verrouillé. Démarrez et déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(Keychain: %1)</source>
        <translation>(Trousseau : %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a keychain reference; expected keychain:SERVICE/ACCOUNT.</source>
        <translation>&apos;%1&apos; n&apos;est pas une référence de trousseau ; keychain:SERVICE/ACCOUNT est attendu.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangesPage</name>
    <message>
        <location filename="../ui/changespage.cpp" line="+55"/>
        <source>&amp;New change…</source>
        <translation>&amp;Nouveau changement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter changes by title, environment, state or requester (Ctrl+F)</source>
        <translation>Filtrer les changements par titre, environnement, état ou demandeur (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft a new change request (Ctrl+N)</source>
        <translation>Rédiger une nouvelle demande de changement (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>⚠ Could not load changes</source>
        <translation>⚠ Impossible de charger les changements</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The control store is not available</source>
        <translation>La base de pilotage n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading changes…</source>
        <translation>Chargement des changements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to the control store.</source>
        <translation>Connexion à la base de pilotage en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes yet</source>
        <translation>Aucun changement pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a change to an environment: what it touches, when, and its blast radius.</source>
        <translation>Planifiez un changement sur un environnement : ce qu&apos;il touche, quand, et l&apos;étendue de son impact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an estate first: a change targets one of its environments.</source>
        <translation>Ouvrez d&apos;abord un parc : un changement cible l&apos;un de ses environnements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change…</source>
        <translation>Nouveau changement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No change selected</source>
        <translation>Aucun changement sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to see its details and audit trail.</source>
        <translation>Sélectionnez un changement pour afficher ses détails et sa piste d&apos;audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ Could not load the audit trail</source>
        <translation>⚠ Impossible de charger la piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="+67"/>
        <source>No problems in the estate.</source>
        <translation>Aucun problème dans le parc.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-click an entry or press Enter to jump to it.</source>
        <translation>double-cliquez sur une entrée ou appuyez sur Entrée pour y accéder.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailPane</name>
    <message>
        <location filename="../ui/environmentdetailpane.cpp" line="+31"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multi-tenant</source>
        <translation>Mutualisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+109"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No environment selected</source>
        <translation>Aucun environnement sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an environment to see its workloads, database and monitoring.</source>
        <translation>Sélectionnez un environnement pour voir ses charges de travail, sa base de données et sa supervision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Press Enter or double-click to show the integration a workload runs.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour afficher l&apos;intégration qu&apos;exécute une charge de travail.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environment, %2 hosting</source>
        <translation>Environnement : %1, hébergement : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites served</source>
        <translation>Sites desservis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context %1, namespace %2</source>
        <translation>contexte %1, espace de noms %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(current)</source>
        <translation>(actuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Odoo database</source>
        <translation>Base de données Odoo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database user</source>
        <translation>Utilisateur de la base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sslmode %1</source>
        <translation>sslmode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain as %1</source>
        <translation>stocké dans le trousseau sous %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>&amp;Workloads (%n)</source>
        <translation>
            <numerusform>&amp;Charges de travail (%n)</numerusform>
            <numerusform>&amp;Charges de travail (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replica(s) in all</source>
        <translation>
            <numerusform>%n réplica au total</numerusform>
            <numerusform>%n réplicas au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EstatePage</name>
    <message>
        <location filename="../ui/estatepage.cpp" line="+126"/>
        <source>Search integrations by name, owner, process or partner (Ctrl+F)</source>
        <translation>Rechercher des intégrations par nom, responsable, processus ou partenaire (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;riticality:</source>
        <translation>C&amp;riticité :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Integrations</source>
        <translation>&amp;Intégrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;vironments</source>
        <translation>En&amp;vironnements</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No estate open</source>
        <translation>Aucun parc ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estate is the folder of YAML files that describes your sites, environments, integrations, calendars and policies. Open one to see it here.</source>
        <translation>Un parc est le dossier de fichiers YAML qui décrit vos sites, environnements, intégrations, calendriers et politiques. Ouvrez-en un pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open estate…</source>
        <translation>Ouvrir un parc…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the estate…</source>
        <translation>Chargement du parc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and validating every YAML file in %1.</source>
        <translation>Lecture et validation de chaque fichier YAML de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The estate has errors</source>
        <translation>Le parc contient des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be loaded. Fix the errors listed in the Estate errors panel; the estate reloads as soon as its files change.</source>
        <translation>%1 n&apos;a pas pu être chargé. Corrigez les erreurs listées dans le panneau « Erreurs du parc » ; le parc est rechargé dès que ses fichiers changent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n intégration</numerusform>
            <numerusform>%n intégrations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::IntegrationDetailPane</name>
    <message>
        <location filename="../ui/integrationdetailpane.cpp" line="+28"/>
        <source>sync — fails with it</source>
        <translation>sync — échoue avec elle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>async — degrades</source>
        <translation>async — se dégrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch — degrades</source>
        <translation>batch — se dégrade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No integration selected</source>
        <translation>Aucune intégration sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an integration to see its owner, dependencies and what it affects when it changes.</source>
        <translation>Sélectionnez une intégration pour afficher son responsable, ses dépendances et ce qu&apos;elle affecte lorsqu&apos;elle change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impact when it changes or breaks</source>
        <translation>Impact en cas de changement ou de panne</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every site of its environments</source>
        <translation>tous les sites de ses environnements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Odoo module</source>
        <translation>Module Odoo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>If it breaks, %n other integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>En cas de panne, %n autre intégration échouerait ; dégradées : %1.</numerusform>
            <numerusform>En cas de panne, %n autres intégrations échoueraient ; dégradées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Affected: %n business process(es)</source>
        <translation>
            <numerusform>Concernés : %n processus métier</numerusform>
            <numerusform>Concernés : %n processus métier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partner(s).</source>
        <translation>
            <numerusform>%n partenaire.</numerusform>
            <numerusform>%n partenaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+55"/>
        <source>Estate errors</source>
        <translation>Erreurs du parc</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+57"/>
        <location line="+248"/>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Estate</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites, environments and integrations (Ctrl+1)</source>
        <translation>Sites, environnements et intégrations (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change requests from the control store (Ctrl+2)</source>
        <translation>Demandes de changement de la base de pilotage (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open estate…</source>
        <translation>&amp;Ouvrir un parc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload estate</source>
        <translation>&amp;Recharger le parc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change</source>
        <translation>&amp;Changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New change…</source>
        <translation>&amp;Nouveau changement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Estate</source>
        <translation>&amp;Parc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes</source>
        <translation>&amp;Changements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estate &amp;errors panel</source>
        <translation>Panneau « &amp;Erreurs du parc »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+157"/>
        <source>Control store: %1</source>
        <translation>Base de pilotage : %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Control store: none</source>
        <translation>Base de pilotage : aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Open estate</source>
        <translation>Ouvrir un parc</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The estate files have %n error(s). The estate on screen is the last good one; it will update as soon as the files are valid again.</source>
        <translation>
            <numerusform>Les fichiers du parc contiennent %n erreur. Le parc affiché est la dernière version valide ; il sera mis à jour dès que les fichiers seront de nouveau valides.</numerusform>
            <numerusform>Les fichiers du parc contiennent %n erreurs. Le parc affiché est la dernière version valide ; il sera mis à jour dès que les fichiers seront de nouveau valides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No estate open</source>
        <translation>Aucun parc ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estate: %1 — %2</source>
        <translation>Parc : %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(last good version; files have errors)</source>
        <translation>(dernière version valide ; les fichiers contiennent des erreurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(has errors)</source>
        <translation>(contient des erreurs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the embedded database…</source>
        <translation>Démarrage de la base de données intégrée…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnecting… (%1)</source>
        <translation>Reconnexion… (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release control-center for Odoo-based distribution businesses: plan, approve and watch releases in terms of the orders, stock moves and partner integrations they affect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Centre de contrôle des mises en production pour les entreprises de distribution sous Odoo : planifiez, approuvez et suivez les mises en production à travers les commandes, mouvements de stock et intégrations partenaires qu&apos;elles affectent.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewChangeDialog</name>
    <message>
        <location filename="../ui/newchangedialog.cpp" line="+87"/>
        <source>New change</source>
        <translation>Nouveau changement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Upgrade the EDI gateway to 4.2</source>
        <translation>p. ex. Mettre à niveau la passerelle EDI vers la 4.2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changes, why, and how it will be rolled back.</source>
        <translation>Ce qui change, pourquoi, et comment revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an environment…</source>
        <translation>Choisir un environnement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workloads of the environment</source>
        <translation>Charges de travail de l&apos;environnement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Changes:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Fuseau :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre :</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+160"/>
        <source>Create change</source>
        <translation>Créer le changement</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+15"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Choose the target environment.</source>
        <translation>Choisissez l&apos;environnement cible.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+20"/>
        <source>Select at least one integration or workload.</source>
        <translation>Sélectionnez au moins une intégration ou une charge de travail.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>The window must end after it starts.</source>
        <translation>La fenêtre de maintenance doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Impact preview: select what the change touches.</source>
        <translation>Aperçu de l&apos;impact : sélectionnez ce que touche le changement.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Impact preview: if this change goes wrong, %n integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Aperçu de l&apos;impact : si ce changement tourne mal, %n intégration échouerait ; dégradées : %1.</numerusform>
            <numerusform>Aperçu de l&apos;impact : si ce changement tourne mal, %n intégrations échoueraient ; dégradées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business processes: %1</source>
        <translation>Processus métier : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No control store is configured.</source>
        <translation>Aucune base de pilotage n&apos;est configurée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The change was not stored: %1</source>
        <translation>Le changement n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change was not stored: the control store was closed.</source>
        <translation>Le changement n&apos;a pas été enregistré : la base de pilotage a été fermée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+24"/>
        <source>&amp;Embedded (a private PostgreSQL in your data folder)</source>
        <translation>&amp;Intégrée (un PostgreSQL privé dans votre dossier de données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;server</source>
        <translation>&amp;Serveur partagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Control store</source>
        <translation>Base de pilotage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes take effect the next time Gatehouse starts.</source>
        <translation>Les modifications prendront effet au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The password is kept in the system keychain as %1; it is never written to the settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système sous %1 ; il n&apos;est jamais écrit dans les paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Enter a URL of the form postgresql://user@host:port/database.</source>
        <translation>⚠ Saisissez une URL de la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Do not put the password in the URL; use the password field.</source>
        <translation>⚠ Ne mettez pas le mot de passe dans l&apos;URL ; utilisez le champ mot de passe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The password could not be stored in the keychain: %1</source>
        <translation>⚠ Le mot de passe n&apos;a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SiteDetailPane</name>
    <message>
        <location filename="../ui/sitedetailpane.cpp" line="+38"/>
        <source>Wave picking</source>
        <translation>Préparation par vagues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier cutoff</source>
        <translation>Heure limite transporteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+42"/>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>from %1 for %n day(s)</source>
        <translation>
            <numerusform>à partir de %1 pendant %n jour</numerusform>
            <numerusform>à partir de %1 pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (next day)</source>
        <translation>%1 (lendemain)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a site to see its operating cycles.</source>
        <translation>Sélectionnez un site pour voir ses cycles d&apos;exploitation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>&amp;Operating cycles (%n)</source>
        <translation>
            <numerusform>&amp;Cycles d&apos;exploitation (%n)</numerusform>
            <numerusform>&amp;Cycles d&apos;exploitation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n operating cycle(s)</source>
        <translation>
            <numerusform>%n cycle d&apos;exploitation</numerusform>
            <numerusform>%n cycles d&apos;exploitation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n critical to avoid</source>
        <translation>
            <numerusform>%n critique à éviter</numerusform>
            <numerusform>%n critiques à éviter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday sets</source>
        <translation>Calendriers de jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (unknown time zone)</source>
        <translation>%1 (fuseau horaire inconnu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — now %2</source>
        <translation>%1 — actuellement %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SourceViewer</name>
    <message>
        <location filename="../ui/sourceviewer.cpp" line="+15"/>
        <source>Activate an error to see its place in the estate file.</source>
        <translation>Activez une erreur pour voir son emplacement dans le fichier du parc.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="+54"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>dans %n fichier</numerusform>
            <numerusform>dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: valid — %n file(s) checked</source>
        <translation>
            <numerusform>%1 : valide — %n fichier vérifié</numerusform>
            <numerusform>%1 : valide — %n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
</TS>
