<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarReleaseOverlay</name>
    <message>
        <location filename="../ui/calendarreleaseoverlay.cpp" line="+73" />
        <location line="+7" />
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 · %2 (%3) · %4</source>
        <translation>%1 · %2 (%3) · %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Release %1: %2</source>
        <translation>Release %1 : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phase %1 in %2: %3 (%4), image %5</source>
        <translation>Phase %1 dans %2 : %3 (%4), image %5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Since %1 %2</source>
        <translation>Depuis %1 %2</translation>
    </message>
</context>
<context>
    <name>ChangeRecordPdf</name>
    <message>
        <location filename="../ui/changerecordpdf.cpp" line="+59" />
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+4" />
        <source>UNKNOWN</source>
        <translation>INCONNU</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+4" />
        <source>requested changes</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+149" />
        <source>Change record #%1</source>
        <translation>Dossier de changement #%1</translation>
    </message>
    <message>
        <location line="-146" />
        <source>EMERGENCY CHANGE — post-implementation review required</source>
        <translation>CHANGEMENT D'URGENCE — revue post-mise en œuvre requise</translation>
    </message>
    <message>
        <location line="+3" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not named</source>
        <translation>non désigné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved under policy version</source>
        <translation>Approuvé selon la version de politique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post-implementation review</source>
        <translation>Revue post-mise en œuvre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by %1 at %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outstanding (due %1)</source>
        <translation>en attente (échéance %1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No scope recorded.</source>
        <translation>Aucun périmètre enregistré.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations: %1</source>
        <translation>Intégrations : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Odoo module</source>
        <translation>Module Odoo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lock impact</source>
        <translation>Impact des verrous</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rollback plan:</source>
        <translation>Plan de retour arrière :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rollback criterion</source>
        <translation>Critère de retour arrière</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0" />
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Risk (computed): %1 / 100</source>
        <translation>Risque (calculé) : %1 / 100</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Gates for %1 (evaluated %2): %3</source>
        <translation>Contrôles pour %1 (évalués le %2) : %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gate</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary and evidence</source>
        <translation>Résumé et preuves</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(overridden by %1: %2)</source>
        <translation>(dérogation par %1 : %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Approvals and decisions</source>
        <translation>Approbations et décisions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No decisions recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <location line="+8" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+9" />
        <location line="+8" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+9" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3" />
        <source>void since %1: %2</source>
        <translation>caduque depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>standing (policy v%1, revision %2)</source>
        <translation>en vigueur (politique v%1, révision %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit history</source>
        <translation>Historique d'audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit chain verification</source>
        <translation>Vérification de la chaîne d'audit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NOT VERIFIED: %1</source>
        <translation>NON VÉRIFIÉE : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>VERIFIED: %n row(s) checked, the hash chain is intact.</source>
        <translation>
            <numerusform>VÉRIFIÉE : %n ligne contrôlée, la chaîne de hachage est intacte.</numerusform>
            <numerusform>VÉRIFIÉE : %n lignes contrôlées, la chaîne de hachage est intacte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>BROKEN: the hash chain breaks at row %1.</source>
        <translation>ROMPUE : la chaîne de hachage est rompue à la ligne %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generated %1 by %2 from %3.</source>
        <translation>Généré le %1 par %2 à partir de %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+14" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ContractEvaluator</name>
    <message>
        <location filename="../models/contractevaluator.cpp" line="+67" />
        <source>writes</source>
        <translation>écrit dans</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reads and writes</source>
        <translation>lit et écrit dans</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reads</source>
        <translation>lit</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Role "%1" lacks %2 on "%3": %4 %5 this table as that role. Grant it: GRANT %2 ON %3 TO %1;</source>
        <translation>Le rôle "%1" n'a pas le droit %2 sur "%3" : %4 %5 cette table sous ce rôle. Accordez-le : GRANT %2 ON %3 TO %1;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Role "%1" lacks %2 on column(s) %3 of "%4": %5 %6 them as that role. Grant it: GRANT %2 (%7) ON %4 TO %1;</source>
        <translation>Le rôle "%1" n'a pas le droit %2 sur la ou les colonnes %3 de "%4" : %5 %6 ces colonnes sous ce rôle. Accordez-le : GRANT %2 (%7) ON %4 TO %1;</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Column "%1.%2" is missing and "%1.%3" (%4) looks like its new name: a probable rename. %5 %6 "%2": change it (and its contract) to use "%3", or rename the column back.</source>
        <translation>La colonne "%1.%2" est absente et "%1.%3" (%4) ressemble à son nouveau nom : probablement un renommage. %5 %6 "%2" : modifiez cette intégration (et son contrat) pour utiliser "%3", ou redonnez son ancien nom à la colonne.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Column "%1.%2" is missing: %3 %4 it. Restore the column, or change %3 and remove it from the contract.</source>
        <translation>La colonne "%1.%2" est absente : %3 %4 cette colonne. Restaurez la colonne, ou modifiez %3 et retirez-la du contrat.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Column "%1.%2" was widened from %3 to %4: %5 keeps working until a value no longer fits its %3; update the contract once %5 handles %4.</source>
        <translation>La colonne "%1.%2" a été élargie de %3 à %4 : %5 continue de fonctionner jusqu'à ce qu'une valeur ne tienne plus dans son %3 ; mettez le contrat à jour dès que %5 gère %4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Column "%1.%2" is now %3, the contract expects %4: %5 %6 it and will fail or misread values. Restore the type, or adapt %5 and its contract.</source>
        <translation>La colonne "%1.%2" est désormais de type %3, le contrat attend %4 : %5 %6 cette colonne et échouera ou lira mal les valeurs. Restaurez le type, ou adaptez %5 et son contrat.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Column "%1.%2" is NOT NULL without a default, but %3 writes "%1" and may leave it empty: its inserts will be rejected. Add a default, or make %3 always fill it and mark it notNull in the contract.</source>
        <translation>La colonne "%1.%2" est NOT NULL sans valeur par défaut, mais %3 écrit dans "%1" et peut la laisser vide : ses insertions seront rejetées. Ajoutez une valeur par défaut, ou faites en sorte que %3 la remplisse toujours et marquez-la notNull dans le contrat.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Column "%1.%2" now allows NULL, but %3 relies on it always having a value: check that %3 copes with empty values.</source>
        <translation>La colonne "%1.%2" accepte désormais NULL, mais %3 compte sur le fait qu'elle ait toujours une valeur : vérifiez que %3 gère les valeurs vides.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Column "%1.%2" no longer has a foreign key to %3: %4 relies on every value pointing at an existing row. Restore the constraint.</source>
        <translation>La colonne "%1.%2" n'a plus de clé étrangère vers %3 : %4 compte sur le fait que chaque valeur pointe vers une ligne existante. Restaurez la contrainte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Column "%1.%2" now references %3 instead of %4: %5 relies on %4.</source>
        <translation>La colonne "%1.%2" référence désormais %3 au lieu de %4 : %5 dépend de %4.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Column "%1.%2" is new and NOT NULL without a default (it does not exist in %3): %4 writes "%1" without setting it, so its inserts will be rejected once this reaches %3. Give the column a default, or make %4 fill it and add it to its contract.</source>
        <translation>La colonne "%1.%2" est nouvelle et NOT NULL sans valeur par défaut (elle n'existe pas dans %3) : %4 écrit dans "%1" sans la renseigner, ses insertions seront donc rejetées dès que ce changement atteindra %3. Donnez une valeur par défaut à la colonne, ou faites en sorte que %4 la renseigne et ajoutez-la à son contrat.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Column "%1.%2" became NOT NULL without a default (in %3 it is %4): %5 writes "%1" without setting it, so its inserts will be rejected once this reaches %3. Give the column a default, or make %5 fill it and add it to its contract.</source>
        <translation>La colonne "%1.%2" est devenue NOT NULL sans valeur par défaut (dans %3, elle est %4) : %5 écrit dans "%1" sans la renseigner, ses insertions seront donc rejetées dès que ce changement atteindra %3. Donnez une valeur par défaut à la colonne, ou faites en sorte que %5 la renseigne et ajoutez-la à son contrat.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>filled by a default</source>
        <translation>remplie par une valeur par défaut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nullable</source>
        <translation>nullable</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Database role "%1" does not exist: %2 connects as it and cannot work. Create the role and grant it what the contract lists, or fix databaseRole.</source>
        <translation>Le rôle de base de données "%1" n'existe pas : %2 se connecte sous ce rôle et ne peut pas fonctionner. Créez le rôle et accordez-lui ce que liste le contrat, ou corrigez databaseRole.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Table "%1" is missing: %2 %3 it. Restore the table (is the module that creates it still installed?), or change %2 and its contract.</source>
        <translation>La table "%1" est absente : %2 %3 cette table. Restaurez la table (le module qui la crée est-il toujours installé ?), ou modifiez %2 et son contrat.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" is now a view, not a table: %2 writes to it and its inserts and updates will fail unless the view is made updatable. Write to the new underlying table instead, or restore the table.</source>
        <translation>"%1" est désormais une vue, et non une table : %2 y écrit, et ses insertions et mises à jour échoueront à moins que la vue ne soit rendue modifiable. Écrivez plutôt dans la nouvelle table sous-jacente, ou restaurez la table.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is now a view, not a table: PostgreSQL passes %2's inserts and updates through to the table behind it, but constraints, triggers and locks now act on that table; check its writes against staging.</source>
        <translation>"%1" est désormais une vue, et non une table : PostgreSQL transmet les insertions et mises à jour de %2 à la table sous-jacente, mais les contraintes, déclencheurs et verrous agissent désormais sur cette table ; vérifiez ses écritures en préproduction.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is now a view, not a table: %2 can still read it, but constraints and indexes it relied on may be gone; check its queries.</source>
        <translation>"%1" est désormais une vue, et non une table : %2 peut toujours la lire, mais les contraintes et index sur lesquels elle s'appuyait ont pu disparaître ; vérifiez ses requêtes.</translation>
    </message>
</context>
<context>
    <name>ContractReport</name>
    <message>
        <location filename="../models/contractreport.cpp" line="+107" />
        <source>The data contracts could not be checked: %1</source>
        <translation>Les contrats de données n'ont pas pu être vérifiés : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n integration(s) would break in %1.</source>
        <translation>
            <numerusform>%n intégration serait cassée dans %1.</numerusform>
            <numerusform>%n intégrations seraient cassées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>All %n data contract(s) hold in %1.</source>
        <translation>
            <numerusform>Le contrat de données (%n) est respecté dans %1.</numerusform>
            <numerusform>Les %n contrats de données sont respectés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>The data contract holds in %1.</source>
        <translation>Le contrat de données est respecté dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n contract finding(s) would break it in %1.</source>
        <translation>
            <numerusform>%n constat relatif au contrat le casserait dans %1.</numerusform>
            <numerusform>%n constats relatifs au contrat le casseraient dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
</context>
<context>
    <name>ContractsCommand</name>
    <message>
        <location filename="../app/contractscommand.cpp" line="+29" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2" />
        <source>BROKEN</source>
        <translation>CASSÉ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks every integration's data contract against an environment's Odoo database.</source>
        <translation>Vérifie le contrat de données de chaque intégration par rapport à la base de données Odoo d'un environnement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Le dossier du parc.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The environment whose database to check.</source>
        <translation>L'environnement dont la base de données doit être vérifiée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for the database (default 5).</source>
        <translation>Délai d'attente de la base de données, en secondes (5 par défaut).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language of the output.</source>
        <translation>Langue de la sortie.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>usage: gatehouse contracts --estate DIR --environment NAME [--format text|json] [--connect-timeout SECONDS]</source>
        <translation>utilisation : gatehouse contracts --estate DIR --environment NAME [--format text|json] [--connect-timeout SECONDS]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Data contracts in %1 (%2):</source>
        <translation>Contrats de données dans %1 (%2) :</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n breaking finding(s)</source>
        <translation>
            <numerusform>%n constat bloquant</numerusform>
            <numerusform>%n constats bloquants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+7" />
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>note: columns the contracts do not list were not compared with %1 for new NOT NULL columns: %2</source>
        <translation>remarque : les colonnes que les contrats ne listent pas n'ont pas été comparées à %1 pour détecter de nouvelles colonnes NOT NULL : %2</translation>
    </message>
</context>
<context>
    <name>CriterionEvaluator</name>
    <message>
        <location filename="../models/criterionevaluator.cpp" line="+80" />
        <source>%1 breached: %2 held for %3 s from %4 (worst %5, latest %6)</source>
        <translation>%1 dépassé : %2 maintenu pendant %3 s à partir de %4 (pire valeur %5, dernière %6)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is inconclusive: no data since %2</source>
        <translation>%1 n'est pas concluant : aucune donnée depuis %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is inconclusive: no data for %2 s</source>
        <translation>%1 n'est pas concluant : aucune donnée depuis %2 s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: waiting for data</source>
        <translation>%1 : en attente de données</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is %2 since %3 (%4 of %5 s), latest %6: watching</source>
        <translation>%1 est %2 depuis %3 (%4 sur %5 s), dernière valeur %6 : sous surveillance</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 passes: latest %2 (threshold %3)</source>
        <translation>%1 réussi : dernière valeur %2 (seuil %3)</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <location filename="../app/driftcommand.cpp" line="+29" />
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extra</source>
        <translation>en trop</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Odoo module drift between two environments.</source>
        <translation>Dérive des modules Odoo entre deux environnements.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Le dossier du parc.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The environment a change is promoted from.</source>
        <translation>L'environnement depuis lequel un changement est promu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The environment it is promoted to.</source>
        <translation>L'environnement vers lequel il est promu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Comma-separated integrations or workloads the change touches: their modules' drift is expected.</source>
        <translation>Intégrations ou charges de travail touchées par le changement, séparées par des virgules : la dérive de leurs modules est attendue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for each database (default 5).</source>
        <translation>Délai d'attente de chaque base de données, en secondes (5 par défaut).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language of the output.</source>
        <translation>Langue de la sortie.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>usage: gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT [--scope NAMES] [--format text|json] [--connect-timeout SECONDS]</source>
        <translation>utilisation : gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT [--scope NAMES] [--format text|json] [--connect-timeout SECONDS]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--scope: "%1" is neither an integration nor a workload of the estate.</source>
        <translation>--scope : "%1" n'est ni une intégration ni une charge de travail du parc.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Odoo modules, %1 (Odoo %2) → %3 (Odoo %4):</source>
        <translation>Modules Odoo, %1 (Odoo %2) → %3 (Odoo %4) :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(explained by the change)</source>
        <translation>(expliqué par le changement)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>EstateLoader</name>
    <message>
        <location filename="../services/estateloader.cpp" line="+248" />
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 must be a mapping (key: value pairs)</source>
        <translation>%1 doit être un dictionnaire (paires clé: valeur)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+981" />
        <source>keys must be plain words</source>
        <translation>les clés doivent être de simples mots</translation>
    </message>
    <message>
        <location line="-971" />
        <source>unknown key '%1'</source>
        <translation>clé inconnue '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown key '%1' in '%2'</source>
        <translation>clé inconnue '%1' dans '%2'</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+153" />
        <location line="+124" />
        <location line="+1022" />
        <source>; did you mean '%1'?</source>
        <translation> ; vouliez-vous dire '%1' ?</translation>
    </message>
    <message>
        <location line="-1297" />
        <source>; expected one of: %1</source>
        <translation> ; valeurs attendues : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>key '%1' appears twice; the first is at line %2</source>
        <translation>la clé '%1' apparaît deux fois ; la première se trouve à la ligne %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>missing required key '%1'</source>
        <translation>clé obligatoire '%1' manquante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing required key '%1' in '%2'</source>
        <translation>clé obligatoire '%1' manquante dans '%2'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' must be %2</source>
        <translation>'%1' doit être %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got '%1'</source>
        <translation>, reçu : '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got a list</source>
        <translation>, reçu : une liste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got a mapping</source>
        <translation>, reçu : un dictionnaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got nothing</source>
        <translation>, reçu : rien</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' must be an integer from %2 to %3, got '%4'</source>
        <translation>'%1' doit être un entier de %2 à %3, reçu : '%4'</translation>
    </message>
    <message>
        <location line="+18" />
        <source>'%1' must be a number, got '%2'</source>
        <translation>'%1' doit être un nombre, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' must be true or false, got '%2'</source>
        <translation>'%1' doit valoir true ou false, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+124" />
        <source>'%1' must be one of %2, got '%3'</source>
        <translation>'%1' doit être l'une des valeurs %2, reçu : '%3'</translation>
    </message>
    <message>
        <location line="-107" />
        <source>'%1': unknown time zone '%2'; expected an IANA identifier such as Europe/Amsterdam</source>
        <translation>'%1' : fuseau horaire inconnu '%2' ; un identifiant IANA tel que Europe/Amsterdam est attendu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be an ISO 8601 duration such as PT30M, PT2H or P1DT12H (no years or months), got '%2'</source>
        <translation>'%1' doit être une durée ISO 8601 telle que PT30M, PT2H ou P1DT12H (sans années ni mois), reçu : '%2'</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+784" />
        <source>'%1' must be a secret reference keychain:&lt;service&gt;/&lt;account&gt;; secrets are never written in the estate (the value is not shown)</source>
        <translation>'%1' doit être une référence de secret keychain:&lt;service&gt;/&lt;account&gt; ; les secrets ne sont jamais écrits dans le parc (la valeur n'est pas affichée)</translation>
    </message>
    <message>
        <location line="-753" />
        <source>'%1' and '%2' cannot both be set: choose one way to log in</source>
        <translation>'%1' et '%2' ne peuvent pas être définis tous les deux : choisissez un seul mode de connexion</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1': CA file '%2' does not exist (looked for %3)</source>
        <translation>'%1' : le fichier CA '%2' n'existe pas (chemin recherché : %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1': '%2' holds no PEM certificate</source>
        <translation>'%1' : '%2' ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+47" />
        <source>duplicate name '%1' in %2; the first is at %3</source>
        <translation>nom '%1' en double dans %2 ; le premier se trouve à %3</translation>
    </message>
    <message>
        <location line="+28" />
        <source>YAML syntax error: control character 0x%1 is not allowed in YAML text</source>
        <translation>erreur de syntaxe YAML : le caractère de contrôle 0x%1 n'est pas autorisé dans un texte YAML</translation>
    </message>
    <message>
        <location line="+17" />
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>erreur de syntaxe YAML : caractère inattendu au début d'un document</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+2" />
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>cannot read YAML: %1</source>
        <translation>impossible de lire le YAML : %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot read this document: %1</source>
        <translation>impossible de lire ce document : %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'apiVersion' must be gatehouse/v1, got '%1'</source>
        <translation>'apiVersion' doit valoir gatehouse/v1, reçu : '%1'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>'metadata.name' must be lowercase letters, digits and '-', starting and ending with a letter or digit, got '%1'</source>
        <translation>'metadata.name' ne doit contenir que des lettres minuscules, des chiffres et '-', et commencer et finir par une lettre ou un chiffre, reçu : '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+6" />
        <source>a mapping of strings</source>
        <translation>un dictionnaire de chaînes</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a second Estate '%1'; exactly one Estate is allowed, the first is at %2</source>
        <translation>un second Estate '%1' ; un seul Estate est autorisé, le premier se trouve à %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>duplicate %1 name '%2'; the first is at %3</source>
        <translation>nom de %1 '%2' en double ; le premier se trouve à %3</translation>
    </message>
    <message>
        <location line="+111" />
        <source>'%1' is not a valid RRULE '%2': %3</source>
        <translation>'%1' n'est pas une RRULE valide '%2' : %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' must be a date YYYY-MM-DD, got '%2'</source>
        <translation>'%1' doit être une date YYYY-MM-DD, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be omitted when allDay is true</source>
        <translation>'%1' doit être omis lorsque allDay vaut true</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' must be a time of day HH:MM (24 h), got '%2'</source>
        <translation>'%1' doit être une heure HH:MM (24 h), reçu : '%2'</translation>
    </message>
    <message>
        <location line="+30" />
        <source>'%1' must be an ISO 3166 alpha-2 code such as NL or US, got '%2'</source>
        <translation>'%1' doit être un code ISO 3166 alpha-2 tel que NL ou US, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+42" />
        <source>a production environment names the sites it serves</source>
        <translation>un environnement de production indique les sites qu'il dessert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' must name at least one site for a production environment</source>
        <translation>'%1' doit indiquer au moins un site pour un environnement de production</translation>
    </message>
    <message>
        <location line="+50" />
        <source>'%1' must be an http or https URL, got '%2'</source>
        <translation>'%1' doit être une URL http ou https, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+52" />
        <source>'%1' is only allowed for kind odoo-module, this integration is of kind %2</source>
        <translation>'%1' n'est autorisé que pour le type odoo-module, cette intégration est de type %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>required for kind odoo-module</source>
        <translation>obligatoire pour le type odoo-module</translation>
    </message>
    <message>
        <location line="+36" />
        <source>'%1': partner calendar '%2' does not exist (looked for %3)</source>
        <translation>'%1' : le calendrier partenaire '%2' n'existe pas (recherché : %3)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>'%1' must be table.column, got '%2'</source>
        <translation>'%1' doit être de la forme table.column, reçu : '%2'</translation>
    </message>
    <message>
        <location line="+28" />
        <source>a mapping of secret references</source>
        <translation>un dictionnaire de références de secrets</translation>
    </message>
    <message>
        <location line="+46" />
        <source>'%1': holiday file '%2' does not exist (looked for %3)</source>
        <translation>'%1' : le fichier de jours fériés '%2' n'existe pas (recherché : %3)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>duplicate holiday set name '%1'; the first is at %2</source>
        <translation>nom de calendrier de jours fériés '%1' en double ; le premier se trouve à %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>'%1' has both businessDays and a time rule (rrule, start, duration); use one</source>
        <translation>'%1' comporte à la fois businessDays et une règle horaire (rrule, start, duration) ; n'en utilisez qu'une</translation>
    </message>
    <message>
        <location line="+18" />
        <source>give last, first or both</source>
        <translation>indiquez last, first ou les deux</translation>
    </message>
    <message>
        <location line="+12" />
        <source>or a time rule: rrule, start and duration</source>
        <translation>ou une règle horaire : rrule, start et duration</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'%1' must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS], got '%2'</source>
        <translation>'%1' doit être une date YYYY-MM-DD ou une date et heure YYYY-MM-DDTHH:MM[:SS], reçu : '%2'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' (%2) must be after start (%3)</source>
        <translation>'%1' (%2) doit être postérieur à start (%3)</translation>
    </message>
    <message>
        <location line="+69" />
        <source>a second Policy for tier %1; one per tier, the first is at %2</source>
        <translation>une seconde Policy pour le niveau %1 ; une seule par niveau, la première se trouve à %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>'%1' (%2) must not be below cabThreshold (%3)</source>
        <translation>'%1' (%2) ne doit pas être inférieur à cabThreshold (%3)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+0" />
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>integration</source>
        <translation>intégration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>holiday set</source>
        <translation>calendrier de jours fériés</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' names an unknown %2 '%3'</source>
        <translation>'%1' : %2 '%3' introuvable</translation>
    </message>
    <message>
        <location line="+137" />
        <source>dependency cycle made only of sync links: %1; a cycle of sync dependencies can never start, make one link async or batch</source>
        <translation>cycle de dépendances composé uniquement de liens sync : %1 ; un cycle de dépendances synchrones ne peut jamais démarrer, passez un lien en async ou batch</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no Estate document (kind: Estate) in the folder; exactly one is required</source>
        <translation>aucun document Estate (kind: Estate) dans le dossier ; il en faut exactement un</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+80" />
        <location line="+25" />
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <location line="-72" />
        <source>the estate folder does not exist</source>
        <translation>le dossier du parc n'existe pas</translation>
    </message>
    <message>
        <location line="+25" />
        <source>no .yaml or .yml files in the estate folder</source>
        <translation>aucun fichier .yaml ou .yml dans le dossier du parc</translation>
    </message>
    <message>
        <location line="-650" />
        <location line="+157" />
        <location line="+502" />
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../services/estatevalues.cpp" line="+206" />
        <source>the rule is empty</source>
        <translation>la règle est vide</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write the value without the RRULE: prefix</source>
        <translation>écrivez la valeur sans le préfixe RRULE:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it contains a NUL character</source>
        <translation>elle contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+7" />
        <source>libical cannot parse it (%1)</source>
        <translation>libical ne parvient pas à l'analyser (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>FREQ is missing</source>
        <translation>FREQ est absent</translation>
    </message>
</context>
<context>
    <name>GateEvaluation</name>
    <message numerus="yes">
        <location filename="../models/gateevaluation.cpp" line="+192" />
        <source>Rollback plan and %n criteria present.</source>
        <translation>
            <numerusform>Plan de retour arrière et %n critère présents.</numerusform>
            <numerusform>Plan de retour arrière et %n critères présents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateInputs</name>
    <message>
        <location filename="../models/gateinputs.cpp" line="+39" />
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change #%1 has no window to check.</source>
        <translation>Le changement #%1 n'a pas de fenêtre à vérifier.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window of change #%1 cannot be checked: %2</source>
        <translation>La fenêtre du changement #%1 ne peut pas être vérifiée : %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Overridden by %1 (%2): %3</source>
        <translation>Dérogation par %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n conflict(s) in the window block change #%1 in %2.</source>
        <translation>
            <numerusform>%n conflit dans la fenêtre bloque le changement #%1 dans %2.</numerusform>
            <numerusform>%n conflits dans la fenêtre bloquent le changement #%1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window of change #%1 is clear in %2.</source>
        <translation>La fenêtre du changement #%1 est libre dans %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Nothing blocks the window of change #%1 in %2; %n conflict(s) only discouraged or overridden.</source>
        <translation>
            <numerusform>Rien ne bloque la fenêtre du changement #%1 dans %2 ; %n conflit est seulement déconseillé ou a fait l'objet d'une dérogation.</numerusform>
            <numerusform>Rien ne bloque la fenêtre du changement #%1 dans %2 ; %n conflits sont seulement déconseillés ou ont fait l'objet d'une dérogation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is the first environment of the promotion path: nothing to drift from.</source>
        <translation>%1 est le premier environnement du chemin de promotion : aucun environnement précédent par rapport auquel mesurer une dérive.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App</name>
    <message>
        <location filename="../app/commandline.cpp" line="+26" />
        <source>Other commands (gatehouse COMMAND --help for details):</source>
        <translation>Autres commandes (gatehouse COMMAND --help pour plus de détails) :</translation>
    </message>
    <message>
        <location line="+11" />
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
  --lang CODE               langue de l'interface (en, de, fr)
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
        <location line="+37" />
        <source>Output format.</source>
        <translation>Format de sortie.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Estate folder.</source>
        <translation>Dossier du parc.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>validate: missing the estate folder (DIR).</source>
        <translation>validate : le dossier du parc (DIR) est manquant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>validate: expected one folder, got %1.</source>
        <translation>validate : un seul dossier attendu, %1 fournis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>validate: unknown format "%1" (expected text or json).</source>
        <translation>validate : format « %1 » inconnu (text ou json attendu).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>validate: %1 does not exist.</source>
        <translation>validate : %1 n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>validate: %1 is not a folder.</source>
        <translation>validate : %1 n'est pas un dossier.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Unknown command "%1".</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--estate: %1 is not a folder.</source>
        <translation>--estate : %1 n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../app/auditcommand.cpp" line="+25" />
        <source>Checks the control store's tamper-evident audit log.</source>
        <translation>Vérifie le journal d'audit infalsifiable de la base de contrôle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recompute the hash chain and name every broken row.</source>
        <translation>Recalculer la chaîne d'empreintes et désigner chaque ligne rompue.</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="+49" />
        <source>Control store URL (postgresql://user@host:port/db); default: the embedded store.</source>
        <translation>URL de la base de contrôle (postgresql://user@host:port/db) ; par défaut : la base intégrée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keychain reference of the password (keychain:SERVICE/ACCOUNT).</source>
        <translation>Référence du mot de passe dans le trousseau (keychain:SERVICE/ACCOUNT).</translation>
    </message>
    <message>
        <location filename="../app/auditcommand.cpp" line="+5" />
        <source>Usage: gatehouse audit verify [--database URL]</source>
        <translation>Utilisation : gatehouse audit verify [--database URL]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Audit chain intact: %1 rows verified.</source>
        <translation>Chaîne d'audit intacte : %1 lignes vérifiées.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit chain broken: %1 problem(s) in %2 rows.</source>
        <translation>Chaîne d'audit rompue : %1 problème(s) dans %2 lignes.</translation>
    </message>
    <message>
        <location filename="../app/calendarcommand.cpp" line="+66" />
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu '%1'</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--time-zone: unknown time zone '%1'</source>
        <translation>--time-zone : fuseau horaire '%1' inconnu</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--estate DIR is required</source>
        <translation>--estate DIR est obligatoire</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the estate has errors; run `gatehouse validate %1`</source>
        <translation>le parc contient des erreurs ; exécutez `gatehouse validate %1`</translation>
    </message>
    <message>
        <location line="+112" />
        <source>--changes: cannot read %1: %2</source>
        <translation>--changes : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--changes: %1 is not a JSON array of changes (%2)</source>
        <translation>--changes : %1 n'est pas un tableau JSON de changements (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--changes: entry %1 needs "environment", "start" and an "end" after it</source>
        <translation>--changes : l'entrée %1 nécessite "environment", "start" et un "end" postérieur</translation>
    </message>
    <message>
        <location line="+62" />
        <source>--change: expected the id of a change, got '%1'</source>
        <translation>--change : identifiant de changement attendu, '%1' reçu</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--database: expected a control store URL</source>
        <translation>--database : URL de base de contrôle attendue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--change needs a control store: give --database or connect Gatehouse to one</source>
        <translation>--change nécessite une base de contrôle : indiquez --database ou connectez Gatehouse à une base de contrôle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--database: the URL must not contain a password; set PGPASSWORD or use --password-ref</source>
        <translation>--database : l'URL ne doit pas contenir de mot de passe ; définissez PGPASSWORD ou utilisez --password-ref</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--connect-timeout: expected seconds from 1 to 600</source>
        <translation>--connect-timeout : nombre de secondes attendu entre 1 et 600</translation>
    </message>
    <message>
        <location line="+8" />
        <source>control store %1 unreachable: %2</source>
        <translation>base de contrôle %1 injoignable : %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>control store %1: cannot read the scheduled changes: %2</source>
        <translation>base de contrôle %1 : impossible de lire les changements planifiés : %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--change: control store %1 has no change %2</source>
        <translation>--change : la base de contrôle %1 ne contient pas de changement %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>control store %1: cannot read the audit log of change %2: %3</source>
        <translation>base de contrôle %1 : impossible de lire le journal d'audit du changement %2 : %3</translation>
    </message>
    <message>
        <location line="+80" />
        <source>--environment is required</source>
        <translation>--environment est obligatoire</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--integrations (or --workloads) is required</source>
        <translation>--integrations (ou --workloads) est obligatoire</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--type: '%1' is not one of normal, standard, emergency</source>
        <translation>--type : '%1' ne fait pas partie de normal, standard, emergency</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--format: '%1' is not one of text, json</source>
        <translation>--format : '%1' ne fait pas partie de text, json</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Lists the business calendar of an estate — operating cycles, partner slots, business cycles, freezes, maintenance windows and holidays — expanded over a range.</source>
        <translation>Liste le calendrier métier d'un parc — cycles d'exploitation, créneaux partenaires, cycles métier, gels, fenêtres de maintenance et jours fériés — développé sur une période.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First day (YYYY-MM-DD) or instant (ISO 8601).</source>
        <translation>Premier jour (AAAA-MM-JJ) ou instant (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Day after the last (exclusive) or instant.</source>
        <translation>Jour suivant le dernier (exclu) ou instant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only what concerns this site.</source>
        <translation>Uniquement ce qui concerne ce site.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only what concerns this environment.</source>
        <translation>Uniquement ce qui concerne cet environnement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default), json or ics.</source>
        <translation>Format de sortie : text (par défaut), json ou ics.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--format: '%1' is not one of text, json, ics</source>
        <translation>--format : '%1' ne fait pas partie de text, json, ics</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--from and --to are required</source>
        <translation>--from et --to sont obligatoires</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--from and --to must be dates or ISO 8601 times, --to after --from</source>
        <translation>--from et --to doivent être des dates ou des heures ISO 8601, --to après --from</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--site: unknown site '%1'</source>
        <translation>--site : site '%1' inconnu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--environment: unknown environment '%1'</source>
        <translation>--environment : environnement '%1' inconnu</translation>
    </message>
    <message>
        <location line="+50" />
        <source>impact %1</source>
        <translation>impact %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 intervals</source>
        <translation>%1 intervalles</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checks a change window against the business calendar; exits 0 when it is safe, 1 when something blocks it, 2 on bad input.</source>
        <translation>Vérifie une fenêtre de changement par rapport au calendrier métier ; renvoie 0 si elle est sûre, 1 si quelque chose la bloque, 2 en cas d'entrée incorrecte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start of the window, ISO 8601.</source>
        <translation>Début de la fenêtre, ISO 8601.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>--start: '%1' is not an ISO 8601 date-time</source>
        <translation>--start : '%1' n'est pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+107" />
        <source>--duration: '%1' is not a positive ISO 8601 duration</source>
        <translation>--duration : '%1' n'est pas une durée ISO 8601 positive</translation>
    </message>
    <message>
        <location line="-82" />
        <source>--change: change %1 has no window; give --start and --duration</source>
        <translation>--change : le changement %1 n'a pas de fenêtre ; indiquez --start et --duration</translation>
    </message>
    <message>
        <location line="+44" />
        <source>safe: %1 has no conflicts</source>
        <translation>sûre : %1 ne présente aucun conflit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>safe: %1 has no blocking conflict (%2 discouraged)</source>
        <translation>sûre : %1 ne présente aucun conflit bloquant (%2 déconseillé(s))</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not safe: %1 has %2 blocking conflict(s)</source>
        <translation>non sûre : %1 présente %2 conflit(s) bloquant(s)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Finds the earliest windows for a change that nothing blocks, best first, each with its explanation.</source>
        <translation>Trouve les fenêtres les plus proches qu'aucun élément ne bloque pour un changement, les meilleures d'abord, chacune avec son explication.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Earliest start, ISO 8601 (default: now).</source>
        <translation>Début au plus tôt, ISO 8601 (par défaut : maintenant).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many windows to propose (default 3).</source>
        <translation>Nombre de fenêtres à proposer (3 par défaut).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How far ahead to search (default P365D).</source>
        <translation>Horizon de recherche (P365D par défaut).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--within: '%1' is not a positive ISO 8601 duration</source>
        <translation>--within : '%1' n'est pas une durée ISO 8601 positive</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--after: '%1' is not an ISO 8601 date-time</source>
        <translation>--after : '%1' n'est pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--count: expected a number from 1 to 100</source>
        <translation>--count : nombre de 1 à 100 attendu</translation>
    </message>
    <message>
        <location line="+58" />
        <source>no safe window found</source>
        <translation>aucune fenêtre sûre trouvée</translation>
    </message>
    <message>
        <location filename="../app/gatecommand.cpp" line="+56" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a JSON array of gate results.</source>
        <translation>%1 n'est pas un tableau JSON de résultats de portes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: a gate result without "gate".</source>
        <translation>%1 : un résultat de porte sans "gate".</translation>
    </message>
    <message>
        <location line="+111" />
        <source>The keychain did not answer for the database password %1; the database was asked without it.</source>
        <translation>Le trousseau n’a pas répondu pour le mot de passe de base de données %1 ; la base a été interrogée sans lui.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database password %1 could not be read from the keychain (%2); the database was asked without it.</source>
        <translation>Le mot de passe de base de données %1 n’a pas pu être lu dans le trousseau (%2) ; la base a été interrogée sans lui.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>Prometheus à %1 n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alertmanager at %1 did not answer within %2 s.</source>
        <translation>Alertmanager à %1 n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Odoo database %1 on %2:%3 did not answer within %4 s.</source>
        <translation>La base Odoo %1 sur %2:%3 n’a pas répondu dans les %4 s.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Application pods are not checked by gatehouse gate (the Environments area watches them).</source>
        <translation>Les pods applicatifs ne sont pas vérifiés par gatehouse gate (la zone Environnements les surveille).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evaluates every gate of a change for an environment; exits 0 only when all pass or carry an authorised override.</source>
        <translation>Évalue chaque porte d'un changement pour un environnement ; renvoie 0 uniquement si toutes passent ou font l'objet d'une dérogation autorisée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change id.</source>
        <translation>L'identifiant du changement.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The target environment.</source>
        <translation>L'environnement cible.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JSON file with gate results of other areas (window, contracts, drift, backup, alerts, health). Such a gate given here takes precedence over the one evaluated here; backup, alerts and health given here are not polled.</source>
        <translation>Fichier JSON de résultats de contrôles d’autres zones (fenêtre, contrats, dérive, sauvegarde, alertes, santé). Un contrôle fourni ici prime sur celle évaluée ici ; sauvegarde, alertes et santé fournies ici ne sont pas interrogées.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The estate folder: the environment's gates come from its policy; the window (calendar), contracts and drift gates are evaluated here, and backup, alerts and health are judged from one poll of the environment's Prometheus, Alertmanager and Odoo database, as the Changes area does. A source that does not answer leaves its gate unknown.</source>
        <translation>Le dossier du parc : les contrôles de l’environnement viennent de sa politique ; fenêtre (calendrier), contrats et dérive sont évalués ici, sauvegarde, alertes et santé sont jugées d’après une interrogation de Prometheus, Alertmanager et de la base Odoo de l’environnement, comme dans la zone Changements. Une source qui ne répond pas laisse son contrôle inconnu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Seconds to wait for the environment's Prometheus, Alertmanager and Odoo database (default 20); a source without an answer by then leaves its gate unknown.</source>
        <translation>Secondes d’attente pour Prometheus, Alertmanager et la base Odoo de l’environnement (20 par défaut) ; une source sans réponse d’ici là laisse son contrôle inconnu.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: gatehouse gate --change ID --environment NAME [--estate DIR] [--evidence FILE] [--timeout SECONDS] [--format text|json] [--database URL]</source>
        <translation>Usage : gatehouse gate --change ID --environment NOM [--estate DOSSIER] [--evidence FICHIER] [--timeout SECONDES] [--format text|json] [--database URL]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--environment: the estate has no environment %1</source>
        <translation>--environment : le parc n'a pas d'environnement %1</translation>
    </message>
    <message>
        <location filename="../app/policycommand.cpp" line="+25" />
        <source>Compares the estate's policy with the control store's and applies it.</source>
        <translation>Compare la politique du parc avec celle de la base de contrôle et l'applique.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status: exit 1 when the applied policy is not the estate's. apply: apply it (administrators).</source>
        <translation>status : code de sortie 1 lorsque la politique appliquée n'est pas celle du parc. apply : l'applique (administrateurs).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Le dossier du parc.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usage: gatehouse policy status|apply --estate DIR [--database URL]</source>
        <translation>Utilisation : gatehouse policy status|apply --estate DIR [--database URL]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The control store applies the estate's policy (version %1).</source>
        <translation>La base de contrôle applique la politique du parc (version %1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applied the estate's policy as version %1 (was %2).</source>
        <translation>Politique du parc appliquée en tant que version %1 (auparavant %2).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::Common</name>
    <message>
        <location filename="../app/calendarcommand.cpp" line="-751" />
        <source>The estate folder.</source>
        <translation>Le dossier du parc.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zone to show times in and to read times without an offset in (default: the system zone).</source>
        <translation>Fuseau dans lequel afficher les heures et interpréter les heures sans décalage (par défaut : le fuseau du système).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of the output.</source>
        <translation>Langue de la sortie.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::ShapeOptions</name>
    <message>
        <location line="+351" />
        <source>The target environment.</source>
        <translation>L'environnement cible.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed integrations, comma-separated.</source>
        <translation>Intégrations modifiées, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed workloads, comma-separated.</source>
        <translation>Charges de travail modifiées, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change type: normal (default), standard or emergency.</source>
        <translation>Type de changement : normal (par défaut), standard ou emergency.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Length of the window, ISO 8601 (PT2H, P1D).</source>
        <translation>Durée de la fenêtre, ISO 8601 (PT2H, P1D).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON file of other scheduled changes to check overlaps against.</source>
        <translation>Fichier JSON des autres changements planifiés avec lesquels vérifier les chevauchements.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::StoreSource</name>
    <message>
        <location line="-177" />
        <source>Control store URL (postgresql://user@host:port/db) to read the other scheduled changes from; the password comes from PGPASSWORD or --password-ref. Default: the control store saved in Gatehouse's settings, if any.</source>
        <translation>URL de la base de contrôle (postgresql://user@host:port/db) depuis laquelle lire les autres changements planifiés ; le mot de passe provient de PGPASSWORD ou de --password-ref. Par défaut : la base de contrôle enregistrée dans les paramètres de Gatehouse, le cas échéant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keychain reference of the control store password (keychain:SERVICE/ACCOUNT).</source>
        <translation>Référence dans le trousseau du mot de passe de la base de contrôle (keychain:SERVICE/ACCOUNT).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for the control store (default 10).</source>
        <translation>Secondes d'attente de la base de contrôle (10 par défaut).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change being planned, by id, read from the control store: its environment, integrations, workloads and type unless given, its window for check-window unless --start is given; a freeze with a recorded override for it does not block it.</source>
        <translation>Le changement en cours de planification, par identifiant, lu depuis la base de contrôle : son environnement, ses intégrations, ses charges de travail et son type s'ils ne sont pas indiqués, sa fenêtre pour check-window si --start n'est pas indiqué ; un gel pour lequel une dérogation a été enregistrée pour ce changement ne le bloque pas.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models</name>
    <message>
        <location filename="../models/prometheusresponse.cpp" line="+33" />
        <source>Prometheus sent an unreadable answer (%1 at byte %2).</source>
        <translation>Prometheus a envoyé une réponse illisible (%1 à l'octet %2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prometheus sent an answer that is not a JSON object.</source>
        <translation>Prometheus a envoyé une réponse qui n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prometheus reported an error without a message.</source>
        <translation>Prometheus a signalé une erreur sans message.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Prometheus sent an answer without a status.</source>
        <translation>Prometheus a envoyé une réponse sans statut.</translation>
    </message>
    <message>
        <location filename="../models/riskscore.cpp" line="+27" />
        <source>Criticality of impacted integrations</source>
        <translation>Criticité des intégrations impactées</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Proximity to month-end or peak</source>
        <translation>Proximité de la clôture mensuelle ou d'un pic</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database migrations</source>
        <translation>Migrations de base de données</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partners affected</source>
        <translation>Partenaires concernés</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites affected</source>
        <translation>Sites concernés</translation>
    </message>
    <message>
        <location line="+2" />
        <source>History of similar changes</source>
        <translation>Historique des changements similaires</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size of the change</source>
        <translation>Taille du changement</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 critical, %2 high, %3 other impacted integrations</source>
        <translation>%1 intégrations impactées critiques, %2 élevées, %3 autres</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the window is inside a business cycle</source>
        <translation>la fenêtre se situe dans un cycle métier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h to the nearest business cycle</source>
        <translation>%1 h jusqu'au cycle métier le plus proche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the change migrates the database</source>
        <translation>le changement migre la base de données</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no database migration</source>
        <translation>aucune migration de base de données</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%n partner(s) affected</source>
        <translation>%n partenaire(s) concerné(s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%n site(s) affected</source>
        <translation>%n site(s) concerné(s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 similar changes failed or were rolled back</source>
        <translation>%1 changements similaires sur %2 ont échoué ou ont fait l'objet d'un retour arrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%n part(s) in scope</source>
        <translation>%n élément(s) dans le périmètre</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ChangeRequestModel</name>
    <message>
        <location filename="../models/changerequestmodel.cpp" line="+28" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+183" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ConflictChecker</name>
    <message>
        <location filename="../models/conflictchecker.cpp" line="+466" />
        <source>unknown environment '%1'</source>
        <translation>environnement '%1' inconnu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown integration '%1'</source>
        <translation>intégration '%1' inconnue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown workload '%1'</source>
        <translation>charge de travail '%1' inconnue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the window must have a start and an end after it</source>
        <translation>la fenêtre doit avoir un début et une fin postérieure</translation>
    </message>
    <message>
        <location line="+30" />
        <source>only a freeze conflict can be overridden</source>
        <translation>seul un conflit de gel peut faire l'objet d'une dérogation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>overriding freeze %1 needs the role %2</source>
        <translation>déroger au gel %1 nécessite le rôle %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an override needs a reason</source>
        <translation>une dérogation nécessite une justification</translation>
    </message>
    <message>
        <location line="+280" />
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>discouraged</source>
        <translation>déconseillé</translation>
    </message>
    <message>
        <location line="+39" />
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>se dégrade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 through %3</source>
        <translation>%1 %2 jusqu'à %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is changed</source>
        <translation>%1 est modifié</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Partner %1's slot %2 on %3 (%4 viewer time): %5; impact %6, %7.</source>
        <translation>Créneau %2 du partenaire %1 le %3 (%4 heure de l'utilisateur) : %5 ; impact %6, %7.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Operating cycle %1 at site %2 on %3 (%4 viewer time): %5; impact %6, %7.</source>
        <translation>Cycle d'exploitation %1 sur le site %2 le %3 (%4 heure de l'utilisateur) : %5 ; impact %6, %7.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Business cycle %1 on %2 (%3 viewer time): %4; impact %5, %6.</source>
        <translation>Cycle métier %1 le %2 (%3 heure de l'utilisateur) : %4 ; impact %5, %6.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Public holiday %1 at site %2 on %3 (%4 viewer time): few staff on hand; impact %5, %6.</source>
        <translation>Jour férié %1 sur le site %2 le %3 (%4 heure de l'utilisateur) : peu de personnel disponible ; impact %5, %6.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; overridden by %5 as %6: %7.</source>
        <translation>Le gel %1 à partir de %2 (%3, heure de l'utilisateur) n'autorise pas les changements de type %4 ; dérogation par %5 en tant que %6 : %7.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (the policy lets nobody override it).</source>
        <translation>Le gel %1 à partir de %2 (%3, heure de l'utilisateur) n'autorise pas les changements de type %4 ; %5 (la politique ne permet à personne d'y déroger).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (override: role %6 with a reason).</source>
        <translation>Le gel %1 à partir du %2 (%3 heure de l'utilisateur) n'autorise pas les changements %4 ; %5 (dérogation : rôle %6 avec une justification).</translation>
    </message>
    <message>
        <location line="+3" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+41" />
        <source>Change #%1 on %2 overlaps (%3); %4.</source>
        <translation>Le changement n° %1 sur %2 chevauche (%3) ; %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change #%1 on %2 overlaps (%3) and also changes %4; %5.</source>
        <translation>Le changement n° %1 sur %2 chevauche (%3) et modifie également %4 ; %5.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Outside every maintenance window for %1-impact changes on %2; discouraged.</source>
        <translation>En dehors de toute fenêtre de maintenance pour les changements à impact %1 sur %2 ; déconseillé.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::DiagnosticModel</name>
    <message>
        <location filename="../models/diagnosticmodel.cpp" line="+35" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::EnvironmentModel</name>
    <message>
        <location filename="../models/environmentmodel.cpp" line="+10" />
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Multi-tenant</source>
        <translation>Mutualisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::GateEvaluation</name>
    <message>
        <location filename="../models/gateevaluation.cpp" line="-155" />
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>data contracts</source>
        <translation>contrats de données</translation>
    </message>
    <message>
        <location line="+2" />
        <source>module drift</source>
        <translation>dérive des modules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>backup status</source>
        <translation>état des sauvegardes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>environment health</source>
        <translation>santé de l'environnement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>control store</source>
        <translation>base de contrôle</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not evaluated.</source>
        <translation>Non évalué.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not evaluated: %1 unavailable</source>
        <translation>non évalué : %1 indisponible</translation>
    </message>
    <message>
        <location line="+16" />
        <source>approved by %1 as %2 under policy version %3</source>
        <translation>approuvé par %1 en tant que %2 selon la version de politique %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The change targets %1, not %2.</source>
        <translation>Le changement cible %1, et non %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pre-approved standard change (policy version %1).</source>
        <translation>Changement standard pré-approuvé (version de politique %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quorum met under policy version %1.</source>
        <translation>Quorum atteint selon la version de politique %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change is not approved (state: %1).</source>
        <translation>Le changement n'est pas approuvé (état : %1).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is itself a staging environment.</source>
        <translation>%1 est lui-même un environnement de préproduction.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The change names no workload image or module version to verify.</source>
        <translation>Le changement ne désigne aucune image de charge de travail ni version de module à vérifier.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure change: no application artifacts to verify.</source>
        <translation>Changement d'infrastructure : aucun artefact applicatif à vérifier.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has not completed in %2</source>
        <translation>%1 n'a pas été mené à bien dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 completed in %2 by change %3</source>
        <translation>%1 mené à bien dans %2 par le changement %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every artifact completed in staging.</source>
        <translation>Chaque artefact a été mené à bien en préproduction.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 artifacts have not completed in staging.</source>
        <translation>%1 artefacts sur %2 n'ont pas été menés à bien en préproduction.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>rollback plan: %1</source>
        <translation>plan de retour arrière : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rollback criterion %1: %2 %3 %4 for %5 s → %6</source>
        <translation>critère de retour arrière %1 : %2 %3 %4 pendant %5 s → %6</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The change has no rollback plan.</source>
        <translation>Le changement n'a pas de plan de retour arrière.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change has no pre-approved rollback criteria.</source>
        <translation>Le changement n'a pas de critères de retour arrière pré-approuvés.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Migrations without a rollback plan: %1.</source>
        <translation>Migrations sans plan de retour arrière : %1.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::GateReport</name>
    <message>
        <location line="+82" />
        <source>(overridden by %1: %2)</source>
        <translation>(dérogation par %1 : %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change %1 may go to %2.</source>
        <translation>Le changement %1 peut passer en %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change %1 may not go to %2.</source>
        <translation>Le changement %1 ne peut pas passer en %2.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactModel</name>
    <message>
        <location filename="../models/impactmodel.cpp" line="+14" />
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>se dégrade</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>Integrations (%n)</source>
        <translation>
            <numerusform>Intégrations (%n)</numerusform>
            <numerusform>Intégrations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Business processes (%n)</source>
        <translation>
            <numerusform>Processus métier (%n)</numerusform>
            <numerusform>Processus métier (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partenaires (%n)</numerusform>
            <numerusform>Partenaires (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Sites (%n)</source>
        <translation>
            <numerusform>Sites (%n)</numerusform>
            <numerusform>Sites (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Environments (%n)</source>
        <translation>
            <numerusform>Environnements (%n)</numerusform>
            <numerusform>Environnements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Via</source>
        <translation>Via</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactPath</name>
    <message>
        <location filename="../models/impactanalysis.cpp" line="+17" />
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch</source>
        <translation>batch</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::IntegrationModel</name>
    <message>
        <location filename="../models/integrationmodel.cpp" line="+11" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::KubeEventModel</name>
    <message>
        <location filename="../models/kubeeventmodel.cpp" line="+102" />
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::KubeTableModel</name>
    <message>
        <location filename="../models/kubetablemodel.cpp" line="+78" />
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::Parser</name>
    <message>
        <location filename="../models/icsparser.cpp" line="+63" />
        <source>expected a property name at the start of the line</source>
        <translation>nom de propriété attendu en début de ligne</translation>
    </message>
    <message>
        <location line="+11" />
        <source>parameter of %1 has no value (expected NAME=VALUE)</source>
        <translation>le paramètre de %1 n'a pas de valeur (NAME=VALUE attendu)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unterminated quoted parameter value in %1</source>
        <translation>valeur de paramètre entre guillemets non terminée dans %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ':' after the property name %1</source>
        <translation>':' attendu après le nom de propriété %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>unknown time zone '%1' (neither an IANA zone nor a VTIMEZONE with X-LIC-LOCATION)</source>
        <translation>fuseau horaire '%1' inconnu (ni un fuseau IANA ni un VTIMEZONE avec X-LIC-LOCATION)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: '%2' is not a DATE (expected YYYYMMDD)</source>
        <translation>%1 : '%2' n'est pas une DATE (YYYYMMDD attendu)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: '%2' is not a DATE-TIME (expected YYYYMMDDTHHMMSS[Z]) or DATE</source>
        <translation>%1 : '%2' n'est pas une DATE-TIME (YYYYMMDDTHHMMSS[Z] attendu) ni une DATE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is not a valid date or time</source>
        <translation>%1 : '%2' n'est pas une date ou une heure valide</translation>
    </message>
    <message>
        <location line="+69" />
        <source>%1 appears more than once in this VEVENT</source>
        <translation>%1 apparaît plus d'une fois dans ce VEVENT</translation>
    </message>
    <message>
        <location line="+23" />
        <source>VEVENT has no DTSTART</source>
        <translation>le VEVENT n'a pas de DTSTART</translation>
    </message>
    <message>
        <location line="+4" />
        <source>VEVENT has both DTEND and DURATION; only one is allowed</source>
        <translation>le VEVENT a à la fois DTEND et DURATION ; un seul est autorisé</translation>
    </message>
    <message>
        <location line="+16" />
        <source>DTEND must have the same value type (DATE or DATE-TIME) as DTSTART</source>
        <translation>DTEND doit avoir le même type de valeur (DATE ou DATE-TIME) que DTSTART</translation>
    </message>
    <message>
        <location line="+13" />
        <source>DTEND must be after DTSTART</source>
        <translation>DTEND doit être postérieur à DTSTART</translation>
    </message>
    <message>
        <location line="+8" />
        <source>DURATION: '%1' is not a positive ISO 8601 duration (e.g. PT1H, P1D)</source>
        <translation>DURATION : '%1' n'est pas une durée ISO 8601 positive (p. ex. PT1H, P1D)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>DURATION of an all-day event must be whole days</source>
        <translation>la DURATION d'un événement sur une journée entière doit être un nombre entier de jours</translation>
    </message>
    <message>
        <location line="+9" />
        <source>RRULE: '%1' is not a valid recurrence rule</source>
        <translation>RRULE : '%1' n'est pas une règle de récurrence valide</translation>
    </message>
    <message>
        <location line="+24" />
        <source>VEVENT has no UID</source>
        <translation>le VEVENT n'a pas d'UID</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n'est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+12" />
        <source>continuation line without a line to continue</source>
        <translation>ligne de continuation sans ligne à continuer</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file is empty; expected BEGIN:VCALENDAR</source>
        <translation>le fichier est vide ; BEGIN:VCALENDAR attendu</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected BEGIN:VCALENDAR, found BEGIN:%1</source>
        <translation>BEGIN:VCALENDAR attendu, BEGIN:%1 trouvé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a second VCALENDAR in the same file is read as well</source>
        <translation>un second VCALENDAR dans le même fichier est également lu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>components nested too deeply</source>
        <translation>composants imbriqués trop profondément</translation>
    </message>
    <message>
        <location line="+9" />
        <source>END:%1 without a matching BEGIN</source>
        <translation>END:%1 sans BEGIN correspondant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>END:%1 does not match BEGIN:%2 on line %3</source>
        <translation>END:%1 ne correspond pas à BEGIN:%2 à la ligne %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>VTIMEZONE has no TZID</source>
        <translation>le VTIMEZONE n'a pas de TZID</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 outside of BEGIN:VCALENDAR … END:VCALENDAR</source>
        <translation>%1 en dehors de BEGIN:VCALENDAR … END:VCALENDAR</translation>
    </message>
    <message>
        <location line="+16" />
        <source>BEGIN:%1 is never closed with END:%1</source>
        <translation>BEGIN:%1 n'est jamais fermé par END:%1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::PodModel</name>
    <message>
        <location filename="../models/podmodel.cpp" line="+103" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IP</source>
        <translation>IP</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::PrometheusResponse</name>
    <message>
        <location filename="../models/prometheusresponse.cpp" line="+70" />
        <source>Prometheus sent a malformed %1 result.</source>
        <translation>Prometheus a envoyé un résultat %1 mal formé.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Prometheus sent a result of type "%1", which Gatehouse cannot show.</source>
        <translation>Prometheus a envoyé un résultat de type « %1 », que Gatehouse ne peut pas afficher.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+5" />
        <source>Prometheus sent a malformed series list.</source>
        <translation>Prometheus a envoyé une liste de séries mal formée.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+5" />
        <source>Prometheus sent a malformed list of names.</source>
        <translation>Prometheus a envoyé une liste de noms mal formée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ReplicaSetModel</name>
    <message>
        <location filename="../models/replicasetmodel.cpp" line="+54" />
        <source>&lt;none&gt;</source>
        <translation>&lt;aucun&gt;</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ReplicaSet</source>
        <translation>ReplicaSet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Desired</source>
        <translation>Souhaités</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current</source>
        <translation>Actuels</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change cause</source>
        <translation>Cause du changement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::RiskScore</name>
    <message>
        <location filename="../models/riskscore.cpp" line="+103" />
        <source>weights fitted on %n past change(s) (logistic regression)</source>
        <translation>pondérations ajustées sur %n changement(s) passé(s) (régression logistique)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>default weights (%1 past changes; %2 needed to fit them)</source>
        <translation>pondérations par défaut (%1 changements passés ; %2 nécessaires pour les ajuster)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SafeWindowFinder</name>
    <message>
        <location filename="../models/safewindowfinder.cpp" line="+136" />
        <source>Inside a preferred maintenance window.</source>
        <translation>Dans une fenêtre de maintenance préférée.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outside every preferred maintenance window.</source>
        <translation>En dehors de toute fenêtre de maintenance préférée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No business impact.</source>
        <translation>Aucun impact métier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 soft conflict(s), worst impact %2.</source>
        <translation>%1 conflit(s) non bloquant(s), pire impact %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No affected site is in an operating cycle.</source>
        <translation>Aucun site concerné n'est dans un cycle d'exploitation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 site(s) in an operating cycle.</source>
        <translation>%1 site(s) dans un cycle d'exploitation.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SiteModel</name>
    <message>
        <location filename="../models/sitemodel.cpp" line="+64" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::WorkloadModel</name>
    <message>
        <location filename="../models/workloadmodel.cpp" line="+45" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress deadline exceeded</source>
        <translation>Délai de progression dépassé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for the new specification to be observed</source>
        <translation>En attente de la prise en compte de la nouvelle spécification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolling out (%1 of %2 updated)</source>
        <translation>Déploiement en cours (%1 sur %2 mis à jour)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+93" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services</name>
    <message>
        <location filename="../services/alertmanagerclient.cpp" line="+82" />
        <source>Alertmanager sent an unreadable %1 list.</source>
        <translation>Alertmanager a envoyé une liste de %1 illisible.</translation>
    </message>
    <message>
        <location filename="../services/kubeconfig.cpp" line="+123" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::AlertmanagerClient</name>
    <message>
        <location filename="../services/alertmanagerclient.cpp" line="+34" />
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>Alertmanager à l'adresse %1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Alertmanager rejected the request: %1</source>
        <translation>Alertmanager a rejeté la requête : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alertmanager at %1 refused the credentials (HTTP %2).</source>
        <translation>Alertmanager à l'adresse %1 a refusé les identifiants (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alertmanager at %1 answered HTTP %2: %3</source>
        <translation>Alertmanager à l'adresse %1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change #%1: %2 (window silenced by Gatehouse)</source>
        <translation>Changement n° %1 : %2 (fenêtre mise en silence par Gatehouse)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location line="+26" />
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location line="+67" />
        <source>A silence needs at least one matcher and a window that ends after it starts.</source>
        <translation>Un silence nécessite au moins un critère de correspondance et une fenêtre qui se termine après son début.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Alertmanager created the silence but sent no id.</source>
        <translation>Alertmanager a créé le silence mais n'a renvoyé aucun identifiant.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ContractChecker</name>
    <message>
        <location filename="../services/contractchecker.cpp" line="+48" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>Il n'existe aucun environnement "%1" dans le parc.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStore</name>
    <message>
        <location filename="../services/controlstore.cpp" line="+234" />
        <source>embedded (%1)</source>
        <translation>intégrée (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reading the control store password from the keychain…</source>
        <translation>Lecture du mot de passe de la base de contrôle dans le trousseau…</translation>
    </message>
    <message>
        <location line="+54" />
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot reach the control store at %1: %2</source>
        <translation>Impossible de joindre la base de contrôle à l'adresse %1 : %2</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+5" />
        <location line="+160" />
        <location line="+9" />
        <location line="+11" />
        <location line="+10" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+43" />
        <location line="+15" />
        <location line="+30" />
        <location line="+233" />
        <location line="+183" />
        <location line="+10" />
        <location line="+48" />
        <location line="+28" />
        <location line="+16" />
        <location line="+15" />
        <location line="+44" />
        <location line="+18" />
        <location line="+20" />
        <location line="+39" />
        <location line="+15" />
        <location line="+30" />
        <location line="+16" />
        <location line="+20" />
        <source>Text with a NUL character cannot be stored.</source>
        <translation>Un texte contenant un caractère NUL ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="-1121" />
        <location line="+270" />
        <source>A change needs a window start and end.</source>
        <translation>Un changement nécessite un début et une fin de fenêtre.</translation>
    </message>
    <message>
        <location line="-268" />
        <location line="+270" />
        <source>Unknown time zone '%1'.</source>
        <translation>Fuseau horaire '%1' inconnu.</translation>
    </message>
    <message>
        <location line="-105" />
        <source>A risk score is between 0 and 100.</source>
        <translation>Un score de risque est compris entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+348" />
        <source>The policy document is not valid JSON: %1</source>
        <translation>Le document de politique n'est pas un JSON valide : %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No policy has been applied to the control store yet; an administrator must apply the estate's policy.</source>
        <translation>Aucune politique n'a encore été appliquée à la base de contrôle ; un administrateur doit appliquer la politique du parc.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate's policy differs from the control store's (version %1); an administrator must apply it.</source>
        <translation>La politique du parc diffère de celle de la base de contrôle (version %1) ; un administrateur doit l'appliquer.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+16" />
        <source>The policy document is not a JSON object.</source>
        <translation>Le document de politique n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Break-glass access needs an expiry.</source>
        <translation>Un accès d'urgence (bris de glace) nécessite une date d'expiration.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Row %1 is the first row of stripe %2 but claims a predecessor: earlier rows were deleted.</source>
        <translation>La ligne %1 est la première ligne du brin %2 mais déclare un prédécesseur : des lignes antérieures ont été supprimées.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Stripe %1 ends at row %2, but it has no rows: its rows were deleted.</source>
        <translation>Le brin %1 se termine à la ligne %2, mais il n'a aucune ligne : ses lignes ont été supprimées.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stripe %3 ends at row %1, but its newest row is %2: rows at the end were deleted or added outside the chain.</source>
        <translation>Le brin %3 se termine à la ligne %1, mais sa ligne la plus récente est %2 : des lignes de fin ont été supprimées ou ajoutées en dehors de la chaîne.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Row %1 does not follow row %2: a row between them was deleted, inserted or reordered.</source>
        <translation>La ligne %1 ne suit pas la ligne %2 : une ligne entre les deux a été supprimée, insérée ou déplacée.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Row %1 was altered: its content does not match its hash.</source>
        <translation>La ligne %1 a été modifiée : son contenu ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location line="+307" />
        <source>The detail of an action must be a JSON object.</source>
        <translation>Le détail d'une action doit être un objet JSON.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>Before and after of a rollout action must be JSON objects.</source>
        <translation>Les états avant et après d'une action de déploiement doivent être des objets JSON.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStoreWorker</name>
    <message>
        <location filename="../services/controlstoreworker.cpp" line="+67" />
        <source>Starting the embedded PostgreSQL server…</source>
        <translation>Démarrage du serveur PostgreSQL intégré…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Updating the control store schema failed: %1</source>
        <translation>La mise à jour du schéma de la base de contrôle a échoué : %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The control store is closed.</source>
        <translation>La base de contrôle est fermée.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The connection to the control store was lost while the change was being committed. It may or may not have been saved: reload the list to check before trying again.</source>
        <translation>La connexion à la base de contrôle a été perdue pendant l'enregistrement du changement. Il a pu être enregistré ou non : rechargez la liste pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection to the control store was lost.</source>
        <translation>La connexion à la base de contrôle a été perdue.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The control store could not be reached in time, so the request was not carried out. Check the connection and try again.</source>
        <translation>La base de contrôle n'a pas pu être jointe à temps : la requête n'a donc pas été exécutée. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The change window must end after it starts.</source>
        <translation>La fenêtre de changement doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs a title.</source>
        <translation>Un changement nécessite un titre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs a target environment.</source>
        <translation>Un changement nécessite un environnement cible.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs the time zone its window was planned in.</source>
        <translation>Un changement nécessite le fuseau horaire dans lequel sa fenêtre a été planifiée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown change type.</source>
        <translation>Type de changement inconnu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown change state.</source>
        <translation>État de changement inconnu.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+8" />
        <source>The control store refused this: %1</source>
        <translation>La base de contrôle a refusé cette opération : %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The control store was closed before the request could be carried out.</source>
        <translation>La base de contrôle a été fermée avant que la requête puisse être exécutée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::EmbeddedPostgres</name>
    <message>
        <location filename="../services/embeddedpostgres.cpp" line="+108" />
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. Install the 'postgresql' package, or configure a shared control store server.</source>
        <translation>Les programmes serveur PostgreSQL (initdb, pg_ctl) sont introuvables. Installez le paquet 'postgresql', ou configurez un serveur de base de contrôle partagé.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 did not finish in time</source>
        <translation>%1 ne s'est pas terminé à temps</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+20" />
        <source>Cannot create the folder %1 for the embedded control store.</source>
        <translation>Impossible de créer le dossier %1 de la base de contrôle intégrée.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Gatehouse runs as root, but the embedded control store needs the unprivileged 'postgres' system user, which does not exist. Run Gatehouse as an ordinary user or configure a shared server.</source>
        <translation>Gatehouse s'exécute en tant que root, mais la base de contrôle intégrée nécessite l'utilisateur système non privilégié 'postgres', qui n'existe pas. Exécutez Gatehouse en tant qu'utilisateur ordinaire ou configurez un serveur partagé.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The 'postgres' user cannot reach the folder %1 of the embedded control store.</source>
        <translation>L'utilisateur 'postgres' ne peut pas accéder au dossier %1 de la base de contrôle intégrée.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Creating the embedded PostgreSQL cluster failed: %1</source>
        <translation>La création du cluster PostgreSQL intégré a échoué : %1</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Starting the embedded PostgreSQL server failed: %1
%2</source>
        <translation>Le démarrage du serveur PostgreSQL intégré a échoué : %1
%2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Preparing the embedded control store database failed: %1</source>
        <translation>La préparation de la base de données de la base de contrôle intégrée a échoué : %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Stopping the embedded PostgreSQL server failed: %1</source>
        <translation>L'arrêt du serveur PostgreSQL intégré a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::HealthHttp</name>
    <message>
        <location filename="../services/healthhttp.cpp" line="+53" />
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>No keychain is available to read the credentials %1.</source>
        <translation>Aucun trousseau n'est disponible pour lire les identifiants %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read the credentials %1 from the keychain: %2</source>
        <translation>Impossible de lire les identifiants %1 depuis le trousseau : %2</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No answer within the time limit.</source>
        <translation>Aucune réponse dans le délai imparti.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeActions</name>
    <message>
        <location filename="../services/kubeactions.cpp" line="+42" />
        <source>Error from server (%1): %2</source>
        <translation>Erreur du serveur (%1) : %2</translation>
    </message>
    <message>
        <location line="+198" />
        <source>deployments.apps "%1" is already paused</source>
        <translation>deployments.apps "%1" est déjà en pause</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deployment.apps/%1 paused</source>
        <translation>deployment.apps/%1 mis en pause</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployments.apps "%1" is not paused</source>
        <translation>deployments.apps "%1" n'est pas en pause</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deployment.apps/%1 resumed</source>
        <translation>deployment.apps/%1 repris</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployments.apps "%1" can't restart paused deployment (run rollout resume first)</source>
        <translation>deployments.apps "%1" : impossible de redémarrer un déploiement en pause (exécutez d'abord rollout resume)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployment.apps/%1 restarted</source>
        <translation>deployment.apps/%1 redémarré</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unable to find container named "%1"</source>
        <translation>impossible de trouver le conteneur nommé "%1"</translation>
    </message>
    <message>
        <location line="+10" />
        <source>deployment.apps/%1 image updated</source>
        <translation>deployment.apps/%1 image mise à jour</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Expected replicas to be %1, was %2</source>
        <translation>%1 réplicas attendus, %2 constatés</translation>
    </message>
    <message>
        <location line="+33" />
        <source>deployment.apps/%1 scaled</source>
        <translation>deployment.apps/%1 mis à l'échelle</translation>
    </message>
    <message>
        <location line="+76" />
        <source>you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again</source>
        <translation>impossible d'effectuer un retour arrière sur un déploiement en pause ; reprenez-le d'abord avec 'kubectl rollout resume' puis réessayez</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no rollout history found for deployment "%1"</source>
        <translation>aucun historique de déploiement trouvé pour le déploiement "%1"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no last revision to roll back to</source>
        <translation>aucune révision précédente vers laquelle revenir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unable to find specified revision %1 in history</source>
        <translation>impossible de trouver la révision %1 indiquée dans l'historique</translation>
    </message>
    <message>
        <location line="+16" />
        <source>deployment.apps/%1 skipped rollback (current template already matches revision %2)</source>
        <translation>deployment.apps/%1 retour arrière ignoré (le modèle actuel correspond déjà à la révision %2)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>deployment.apps/%1 rolled back</source>
        <translation>deployment.apps/%1 retour arrière effectué</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClient</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="+273" />
        <source>The server's TLS certificate was rejected: %1</source>
        <translation>Le certificat TLS du serveur a été rejeté : %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not connected: no credential for the cluster yet</source>
        <translation>Non connecté : aucun identifiant pour le cluster pour l'instant</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The server's answer is not a JSON object</source>
        <translation>La réponse du serveur n'est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Resynchronising with the cluster</source>
        <translation>Resynchronisation avec le cluster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClientCredentials</name>
    <message>
        <location filename="../services/kubeclientcredentials.cpp" line="+90" />
        <source>users.user.tokenFile: cannot read %1: %2</source>
        <translation>users.user.tokenFile : impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClientCredentials::Private</name>
    <message>
        <location line="+27" />
        <source>the credential plugin "%1" could not be started: %2</source>
        <translation>le plugin d'identification "%1" n'a pas pu être démarré : %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the credential plugin "%1" did not finish within %2 s</source>
        <translation>le plugin d'identification "%1" ne s'est pas terminé en %2 s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the credential plugin "%1" failed (exit code %2)%3</source>
        <translation>le plugin d'identification "%1" a échoué (code de sortie %2)%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the credential plugin "%1" did not print an ExecCredential</source>
        <translation>le plugin d'identification "%1" n'a pas affiché d'ExecCredential</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the credential plugin "%1" answered with apiVersion "%2", expected "%3"</source>
        <translation>le plugin d'identification "%1" a répondu avec apiVersion "%2", "%3" attendu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the credential plugin "%1" gave an unreadable expirationTimestamp</source>
        <translation>le plugin d'identification "%1" a fourni un expirationTimestamp illisible</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the credential plugin "%1" gave neither a token nor a client certificate and key</source>
        <translation>le plugin d'identification "%1" n'a fourni ni jeton, ni certificat client et clé</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeConfig</name>
    <message>
        <location filename="../services/kubeconfig.cpp" line="+33" />
        <source>the kubeconfig file does not exist</source>
        <translation>le fichier kubeconfig n'existe pas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: skipped, the file does not exist</source>
        <translation>%1 : ignoré, le fichier n'existe pas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot read the kubeconfig file: %1</source>
        <translation>impossible de lire le fichier kubeconfig : %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no kubeconfig file found (looked for %1)</source>
        <translation>aucun fichier kubeconfig trouvé (recherché : %1)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>control character in the file</source>
        <translation>caractère de contrôle dans le fichier</translation>
    </message>
    <message>
        <location line="+11" />
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>erreur de syntaxe YAML : caractère inattendu au début d'un document</translation>
    </message>
    <message>
        <location line="+6" />
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot read YAML: %1</source>
        <translation>impossible de lire le YAML : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a kubeconfig holds one YAML document, this file has %1</source>
        <translation>un kubeconfig contient un seul document YAML, ce fichier en contient %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected a mapping with clusters, users and contexts</source>
        <translation>mappage avec clusters, users et contexts attendu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected "Config", found "%1"</source>
        <translation>"Config" attendu, "%1" trouvé</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected a mapping with name and %1</source>
        <translation>mappage avec name et %1 attendu</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+54" />
        <location line="+24" />
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="-70" />
        <location line="+26" />
        <location line="+11" />
        <source>expected a mapping</source>
        <translation>mappage attendu</translation>
    </message>
    <message>
        <location line="-27" />
        <source>expected an http(s) URL</source>
        <translation>URL http(s) attendue</translation>
    </message>
    <message>
        <location line="+33" />
        <source>expected client.authentication.k8s.io/v1 or v1beta1</source>
        <translation>client.authentication.k8s.io/v1 ou v1beta1 attendu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected a list of name/value pairs</source>
        <translation>liste de paires name/value attendue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expected a mapping with name and value</source>
        <translation>mappage avec name et value attendu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a mapping with cluster and user</source>
        <translation>mappage avec cluster et user attendu</translation>
    </message>
    <message>
        <location line="+34" />
        <source>current-context: not set, and no context was named (files: %1)</source>
        <translation>current-context : non défini, et aucun contexte n'a été indiqué (fichiers : %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>contexts: no context named "%1" (files: %2)</source>
        <translation>contexts : aucun contexte nommé "%1" (fichiers : %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no cluster named "%1"</source>
        <translation>aucun cluster nommé "%1"</translation>
    </message>
    <message>
        <location line="+23" />
        <source>no user named "%1"</source>
        <translation>aucun utilisateur nommé "%1"</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a client certificate needs both the certificate and its key</source>
        <translation>un certificat client nécessite à la fois le certificat et sa clé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot read %1: the file does not exist</source>
        <translation>impossible de lire %1 : le fichier n'existe pas</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeConnectionStatus</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="-317" />
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reconnecting</source>
        <translation>Reconnexion en cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeReflector</name>
    <message>
        <location filename="../services/kubereflector.cpp" line="+121" />
        <source>The list answer is not valid JSON (%1).</source>
        <translation>La réponse de liste n'est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <location line="+482" />
        <source>The watch closed at once.</source>
        <translation>Le watch s'est fermé immédiatement.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The watch ended with an error.</source>
        <translation>Le watch s'est terminé par une erreur.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeResponse</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="+14" />
        <source>Unauthorized: the server did not accept the credentials</source>
        <translation>Non autorisé : le serveur n'a pas accepté les identifiants</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No answer from the server</source>
        <translation>Aucune réponse du serveur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server answered HTTP %1</source>
        <translation>Le serveur a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ModuleDriftChecker</name>
    <message>
        <location filename="../services/moduledriftchecker.cpp" line="+47" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>Il n'y a pas d'environnement « %1 » dans le parc.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooCatalog</name>
    <message>
        <location filename="../services/odoocatalog.cpp" line="+56" />
        <source>Cannot read the Odoo database %1: %2</source>
        <translation>Impossible de lire la base de données Odoo %1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(No password was sent: %1)</source>
        <translation>(Aucun mot de passe n'a été envoyé : %1)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>The database %1 is not an Odoo database (a table is missing: %2)</source>
        <translation>La base de données %1 n'est pas une base de données Odoo (une table est manquante : %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Odoo catalog reader has stopped.</source>
        <translation>Le lecteur du catalogue Odoo s'est arrêté.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooDatabaseTarget</name>
    <message>
        <location filename="../services/odoodatabasetarget.cpp" line="+16" />
        <source>Environment "%1" has no odooDatabase in the estate: nothing to check.</source>
        <translation>L'environnement "%1" n'a pas d'odooDatabase dans le parc : rien à vérifier.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooProbes</name>
    <message>
        <location filename="../services/odooprobes.cpp" line="+110" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The Odoo database %1 cannot be reached: %2</source>
        <translation>La base de données Odoo %1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>replication</source>
        <translation>réplication</translation>
    </message>
    <message>
        <location line="+19" />
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <location line="+12" />
        <source>longest transaction</source>
        <translation>transaction la plus longue</translation>
    </message>
    <message>
        <location line="+17" />
        <source>lock waits</source>
        <translation>attentes de verrous</translation>
    </message>
    <message>
        <location line="+30" />
        <source>database size</source>
        <translation>taille de la base de données</translation>
    </message>
    <message>
        <location line="+4" />
        <source>queue jobs</source>
        <translation>tâches de file d'attente</translation>
    </message>
    <message>
        <location line="+17" />
        <source>WAL archiving</source>
        <translation>archivage WAL</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::PrometheusClient</name>
    <message>
        <location filename="../services/prometheusclient.cpp" line="+92" />
        <source>Prometheus at %1 cannot be reached: %2</source>
        <translation>Prometheus à l'adresse %1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+184" />
        <location line="+69" />
        <source>Prometheus rejected %1: %2</source>
        <translation>Prometheus a rejeté %1 : %2</translation>
    </message>
    <message>
        <location line="-248" />
        <source>Prometheus at %1 refused the credentials (HTTP %2).</source>
        <translation>Prometheus à l'adresse %1 a refusé les identifiants (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus at %1 answered HTTP %2: %3</source>
        <translation>Prometheus à l'adresse %1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus at %1 answered HTTP %2.</source>
        <translation>Prometheus à l'adresse %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location line="+189" />
        <source>The range of %1 is empty or its step is not positive.</source>
        <translation>La plage de %1 est vide ou son pas n'est pas positif.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Prometheus at %1 is not ready (HTTP %2).</source>
        <translation>Prometheus à l'adresse %1 n'est pas prêt (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::Reader</name>
    <message>
        <location filename="../services/kubeconfig.cpp" line="-373" />
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not valid base64</source>
        <translation>base64 non valide</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ReleaseExecutor</name>
    <message>
        <location filename="../services/releaseexecutor.cpp" line="+62" />
        <source>WAL archiving is off: a restore point could not be used for recovery.</source>
        <translation>L'archivage WAL est désactivé : un point de restauration ne pourrait pas servir à une récupération.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>WAL archiving is failing: %1 failures, last %2 at %3.</source>
        <translation>L'archivage WAL échoue : %1 échecs, dernier %2 le %3.</translation>
    </message>
    <message>
        <location line="+293" />
        <source>Started by the executor.</source>
        <translation>Démarré par l'exécuteur.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Every phase completed.</source>
        <translation>Toutes les phases sont terminées.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Rollback resumed after an executor stopped.</source>
        <translation>Retour arrière repris après l'arrêt d'un exécuteur.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+852" />
        <source>Gatehouse has no connection to environment %1.</source>
        <translation>Gatehouse n'a aucune connexion à l'environnement %1.</translation>
    </message>
    <message>
        <location line="-840" />
        <source>A migration phase needs the Odoo database of %1, which is not configured.</source>
        <translation>Une phase de migration nécessite la base de données Odoo de %1, qui n'est pas configurée.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Migration refused: %1</source>
        <translation>Migration refusée : %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The restore point could not be created: %1</source>
        <translation>Le point de restauration n'a pas pu être créé : %1</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The changes for %1 could not be started: %2</source>
        <translation>Les changements pour %1 n'ont pas pu être démarrés : %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No change of this release targets %1: nothing approves it there.</source>
        <translation>Aucun changement de cette release ne cible %1 : rien ne l'y approuve.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Gates pass for %1.</source>
        <translation>Les contrôles sont réussis pour %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gates block %1.</source>
        <translation>Les contrôles bloquent %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gates block %1: %2</source>
        <translation>Les contrôles bloquent %1 : %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Expected alerts of change %1 silenced for its window.</source>
        <translation>Alertes attendues du changement %1 mises en silence pendant sa fenêtre.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>already running</source>
        <translation>déjà en cours</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Canary of %1</source>
        <translation>Canari de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rest of the rollout of %1</source>
        <translation>Suite du déploiement de %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The rollout of %1 to %2 made no progress within its deadline: %3. Roll back, or fix it and continue.</source>
        <translation>Le déploiement de %1 vers %2 n’a pas progressé dans son délai : %3. Revenez en arrière, ou corrigez et continuez.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Continued: the rollout of %1 goes on.</source>
        <translation>Poursuivi : le déploiement de %1 continue.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Pausing %1 after the canary failed: %2</source>
        <translation>Mise en pause de %1 après l'échec du canari : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First new pods are ready: the canary bakes.</source>
        <translation>Les premiers nouveaux pods sont prêts : le canari est en observation.</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Paused, a person must decide: %1</source>
        <translation>En pause, une personne doit décider : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused by criterion: %1</source>
        <translation>Mis en pause par un critère : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rolled back by criterion: %1</source>
        <translation>Retour arrière déclenché par un critère : %1</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The change window's silence was removed.</source>
        <translation>Le silence de la fenêtre de changement a été supprimé.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Release %1 stopped before it reached this change's environment: %2</source>
        <translation>La release %1 s'est arrêtée avant d'atteindre l'environnement de ce changement : %2</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Rolled back by %1: %2</source>
        <translation>Retour arrière effectué par %1 : %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rolled back.</source>
        <translation>Retour arrière effectué.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The rollback failed.</source>
        <translation>Le retour arrière a échoué.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continued before the executor acted.</source>
        <translation>Poursuivi avant que l'exécuteur n'intervienne.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was rolling out.</source>
        <translation>Aucun déploiement n'était en cours.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paused by %1: %2</source>
        <translation>Mis en pause par %1 : %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Deployment paused.</source>
        <translation>Deployment mis en pause.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pausing the Deployment failed.</source>
        <translation>La mise en pause du Deployment a échoué.</translation>
    </message>
    <message>
        <location line="+148" />
        <source>%1 already runs %2, not the release's image.</source>
        <translation>%1 exécute déjà %2, et non l'image de la release.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Release %1: %2</source>
        <translation>Release %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::SecretStore</name>
    <message>
        <location filename="../services/secretstore.cpp" line="+29" />
        <source>No secret is stored in the keychain for %1 (or the keyring is locked). Store it in the settings dialog, or unlock the keyring.</source>
        <translation>Aucun secret n'est stocké dans le trousseau pour %1 (ou le trousseau est verrouillé). Enregistrez-le dans la boîte de dialogue des paramètres, ou déverrouillez le trousseau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Access to the keychain entry %1 was denied.</source>
        <translation>L'accès à l'entrée de trousseau %1 a été refusé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running), so %1 cannot be used.</source>
        <translation>Aucun trousseau n'est disponible sur ce système (aucun Secret Service tel que GNOME Keyring ou KWallet n'est en cours d'exécution) ; %1 ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The keychain entry %1 could not be deleted.</source>
        <translation>L'entrée de trousseau %1 n'a pas pu être supprimée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The keychain could not be read for %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Le trousseau n'a pas pu être lu pour %1 : aucun Secret Service n'est en cours d'exécution ou le trousseau est verrouillé. Démarrez et déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keychain could not store %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Le trousseau n'a pas pu stocker %1 : aucun Secret Service n'est en cours d'exécution ou le trousseau est verrouillé. Démarrez et déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(Keychain: %1)</source>
        <translation>(Trousseau : %1)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>'%1' is not a keychain reference; expected keychain:SERVICE/ACCOUNT.</source>
        <translation>'%1' n'est pas une référence de trousseau ; format attendu : keychain:SERVICE/ACCOUNT.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::AlertsList</name>
    <message>
        <location filename="../ui/alertslist.cpp" line="+49" />
        <source>Silence for this change's window</source>
        <translation>Silence pour la fenêtre de ce changement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expire silence</source>
        <translation>Faire expirer le silence</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Firing alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+12" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Silences for this environment</source>
        <translation>Silences pour cet environnement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Silence %1 created; it ends with the change's window.</source>
        <translation>Silence %1 créé ; il se termine avec la fenêtre du changement.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Silence %1 expired.</source>
        <translation>Silence %1 expiré.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alertmanager refused: %1</source>
        <translation>Alertmanager a refusé : %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Alertmanager %1: %2. The list shows what it said last%3.</source>
        <translation>Alertmanager %1 : %2. La liste affiche sa dernière réponse%3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, at %1</source>
        <translation>, à %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for Alertmanager…</source>
        <translation>En attente d'Alertmanager…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No alert is firing.</source>
        <translation>Aucune alerte n'est déclenchée.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 alert(s) firing.</source>
        <translation>%1 alerte(s) déclenchée(s).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>firing</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>inhibited</source>
        <translation>inhibée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>silenced</source>
        <translation>mise en silence</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+22" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Labels: %1
Annotations: %2</source>
        <translation>Étiquettes : %1
Annotations : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
Silenced by: %1</source>
        <translation>
Mise en silence par : %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+27" />
        <source>#%1 %2 (%3 – %4)</source>
        <translation>#%1 %2 (%3 – %4)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no Alertmanager is configured for this environment</source>
        <translation>aucun Alertmanager n'est configuré pour cet environnement</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No change of this environment has a window that is still ahead.</source>
        <translation>Aucun changement de cet environnement n'a de fenêtre encore à venir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Silences every alert of this environment for exactly the chosen change's window.</source>
        <translation>Met en silence toutes les alertes de cet environnement exactement pendant la fenêtre du changement choisi.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::AuditChainIndicator</name>
    <message>
        <location filename="../ui/auditchainindicator.cpp" line="+24" />
        <source>Audit chain: not checked</source>
        <translation>Chaîne d'audit : non contrôlée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The audit chain is checked once the control store is connected.</source>
        <translation>La chaîne d'audit est contrôlée dès que la base de contrôle est connectée.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit chain: verifying…</source>
        <translation>Chaîne d'audit : vérification…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Audit chain: not verified</source>
        <translation>⚠ Chaîne d'audit : non vérifiée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The audit chain could not be verified: %1</source>
        <translation>La chaîne d'audit n'a pas pu être vérifiée : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✔ Audit chain verified (%n row(s))</source>
        <translation>
            <numerusform>✔ Chaîne d'audit vérifiée (%n ligne)</numerusform>
            <numerusform>✔ Chaîne d'audit vérifiée (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every audit record's hash covers the previous hash and its content: nothing was changed, deleted or reordered.</source>
        <translation>Le hachage de chaque enregistrement d'audit couvre le hachage précédent et son contenu : rien n'a été modifié, supprimé ni réordonné.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✘ Audit chain broken at row %1</source>
        <translation>✘ Chaîne d'audit rompue à la ligne %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CabAgendaPage</name>
    <message>
        <location filename="../ui/cabagendapage.cpp" line="+58" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+103" />
        <source>⚠ Could not load the agenda: %1</source>
        <translation>⚠ Impossible de charger l'ordre du jour : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>⚡ Emergency — decide now (%n change(s))</source>
        <translation>
            <numerusform>⚡ Urgence — à décider maintenant (%n changement)</numerusform>
            <numerusform>⚡ Urgence — à décider maintenant (%n changements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>CAB meeting %1 (%n change(s))</source>
        <translation>
            <numerusform>Réunion du CAB %1 (%n changement)</numerusform>
            <numerusform>Réunion du CAB %1 (%n changements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing needs a decision of the CAB.</source>
        <translation>Aucun élément n'attend de décision du CAB.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) need a decision.</source>
        <translation>
            <numerusform>%n changement attend une décision.</numerusform>
            <numerusform>%n changements attendent une décision.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarLegend</name>
    <message>
        <location filename="../ui/calendarlegend.cpp" line="+14" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change (stripe = state)</source>
        <translation>Changement (bande = état)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard conflict</source>
        <translation>Conflit bloquant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soft conflict</source>
        <translation>Conflit non bloquant</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarPage</name>
    <message>
        <location filename="../ui/calendarpage.cpp" line="+71" />
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous period (Page Up)</source>
        <translation>Période précédente (Page préc.)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to today (T)</source>
        <translation>Aller à aujourd'hui (T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next period (Page Down)</source>
        <translation>Période suivante (Page suiv.)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Month grid</source>
        <translation>Grille mensuelle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bands</source>
        <translation>Bandes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Which kinds of band to show</source>
        <translation>Types de bandes à afficher</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+642" />
        <source>Find next safe window…</source>
        <translation>Trouver la prochaine fenêtre sûre…</translation>
    </message>
    <message>
        <location line="-641" />
        <source>Override freeze…</source>
        <translation>Déroger au gel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show one %1 (+/- zoom)</source>
        <translation>Afficher par %1 (zoom +/-)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show the month as a grid of days</source>
        <translation>Afficher le mois sous forme de grille de jours</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Find the next windows without a hard conflict for the selected change (%1)</source>
        <translation>Trouver les prochaines fenêtres sans conflit bloquant pour le changement sélectionné (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the shown range as PDF (%1)</source>
        <translation>Exporter la plage affichée en PDF (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record an override of the freeze that blocks the selected change, with a reason</source>
        <translation>Enregistrer une dérogation au gel qui bloque le changement sélectionné, avec une raison</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Export calendar as PDF</source>
        <translation>Exporter le calendrier en PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>release-calendar.pdf</source>
        <translation>release-calendar.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Expanding the business calendar…</source>
        <translation>Développement du calendrier métier…</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Mine — %1</source>
        <translation>Le mien — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+13" />
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <location line="+14" />
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="+48" />
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>via %1 · %2</source>
        <translation>via %1 · %2</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Override freeze %1…</source>
        <translation>Déroger au gel %1…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No control store is connected.</source>
        <translation>Aucune base de contrôle n'est connectée.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Freeze %1 overridden for #%2; reading the audit log…</source>
        <translation>Dérogation au gel %1 pour #%2 ; lecture du journal d'audit…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Week %1 · %2 – %3</source>
        <translation>Semaine %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Q%1 %2 · %3 – %4</source>
        <translation>T%1 %2 · %3 – %4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No estate is open.</source>
        <translation>Aucun parc n'est ouvert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a change block to see its window and conflicts; drag it to reschedule (Alt+Left/Right with the keyboard).</source>
        <translation>Sélectionnez un bloc de changement pour voir sa fenêtre et ses conflits ; faites-le glisser pour le replanifier (Alt+Gauche/Droite au clavier).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n conflict(s), %1 blocking: </source>
        <translation>
            <numerusform>%n conflit, dont %1 bloquant : </numerusform>
            <numerusform>%n conflits, dont %1 bloquants : </numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>(and %1 more; hover the block for all)</source>
        <translation>(et %1 de plus ; survolez le bloc pour tout voir)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Freeze %1 overridden by %2 as %3: %4</source>
        <translation>Dérogation au gel %1 par %2 en tant que %3 : %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A freeze blocks this change; a release manager may override it (right-click the block, or Override freeze…).</source>
        <translation>Un gel bloque ce changement ; un responsable de release peut y déroger (clic droit sur le bloc, ou Déroger au gel…).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Moving #%1 to %2</source>
        <translation>Déplacement de #%1 vers %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conflicts there.</source>
        <translation>Aucun conflit à cet endroit.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blocks:</source>
        <translation>Bloquent :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discouraged:</source>
        <translation>Déconseillés :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Release calendar</source>
        <translation>Calendrier des mises en production</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+28" />
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>%1 — release calendar — %2</source>
        <translation>%1 — calendrier des mises en production — %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarRescheduleDialog</name>
    <message>
        <location filename="../ui/calendarrescheduledialog.cpp" line="+24" />
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reschedule #%1</source>
        <translation>Replanifier #%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move &lt;b&gt;#%1 %2&lt;/b&gt;?</source>
        <translation>Déplacer &lt;b&gt;#%1 %2&lt;/b&gt; ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The new window has no conflicts.</source>
        <translation>La nouvelle fenêtre n'a aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The new window has %n conflict(s), %1 of them blocking:</source>
        <translation>
            <numerusform>La nouvelle fenêtre a %n conflit, dont %1 bloquant :</numerusform>
            <numerusform>La nouvelle fenêtre a %n conflits, dont %1 bloquants :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Blocks:</source>
        <translation>Bloquent :</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discouraged:</source>
        <translation>Déconseillés :</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarStyle</name>
    <message>
        <location filename="../ui/calendarstyle.cpp" line="+58" />
        <source>Operating cycle</source>
        <translation>Cycle d'exploitation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partner slot</source>
        <translation>Créneau partenaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Business cycle</source>
        <translation>Cycle métier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Freeze</source>
        <translation>Gel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Annulé (rollback)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+33" />
        <source>risk critical</source>
        <translation>risque critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk high</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk medium</source>
        <translation>risque moyen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk low</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1 (all day, %2)</source>
        <translation>%1 (toute la journée, %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – %2 (all day, %3)</source>
        <translation>%1 – %2 (toute la journée, %3)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangeDetailPane</name>
    <message>
        <location filename="../ui/changedetailpane.cpp" line="+94" />
        <source>✔ pass</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✘ fail</source>
        <translation>✘ échec</translation>
    </message>
    <message>
        <location line="+4" />
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reject</source>
        <translation>rejeter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>request changes</source>
        <translation>demander des modifications</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Override gate</source>
        <translation>Déroger au contrôle</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+101" />
        <location line="+1" />
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Gate</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <location line="+1" />
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+1" />
        <location line="+1" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counts</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No change selected</source>
        <translation>Aucun changement sélectionné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a change to see its scope, risk, gates, approvals and audit history.</source>
        <translation>Sélectionnez un changement pour voir son périmètre, son risque, ses contrôles, ses approbations et son historique d'audit.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blast radius</source>
        <translation>Rayon d'impact</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gates</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit history</source>
        <translation>Historique d'audit</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Comment for your decision or action (required to reject, request changes or review)</source>
        <translation>Commentaire pour votre décision ou action (obligatoire pour rejeter, demander des modifications ou effectuer une revue)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Approve &amp;as:</source>
        <translation>Approuver &amp;en tant que :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assessed &amp;risk:</source>
        <translation>&amp;Risque évalué :</translation>
    </message>
    <message>
        <location line="+141" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+16" />
        <location line="+560" />
        <location line="+6" />
        <location line="+49" />
        <location line="+28" />
        <source>the control store was closed</source>
        <translation>la base de contrôle a été fermée</translation>
    </message>
    <message>
        <location line="-633" />
        <source>Could not load change #%1: %2</source>
        <translation>Impossible de charger le changement #%1 : %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Part of the change could not be loaded: %1</source>
        <translation>Une partie du changement n'a pas pu être chargée : %1</translation>
    </message>
    <message>
        <location line="+125" />
        <source>⚡ Emergency change — the CAB's post-implementation review is due by %1.</source>
        <translation>⚡ Changement d'urgence — la revue post-mise en œuvre du CAB est due pour le %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚡ Emergency change — approved under the emergency policy and always reviewed by the CAB afterwards.</source>
        <translation>⚡ Changement d'urgence — approuvé selon la politique d'urgence et toujours revu par le CAB après coup.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessed risk</source>
        <translation>Risque évalué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved under</source>
        <translation>Approuvé selon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>policy version %1</source>
        <translation>version de politique %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post-implementation review</source>
        <translation>Revue post-mise en œuvre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>recorded by %1 at %2</source>
        <translation>enregistrée par %1 le %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outstanding</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads and images</source>
        <translation>Charges de travail et images</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo modules</source>
        <translation>Modules Odoo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — pre-checks: %2; lock impact: %3; rollback: %4</source>
        <translation>%1 — vérifications préalables : %2 ; impact des verrous : %3 ; retour arrière : %4</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+40" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-39" />
        <location line="+1" />
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database migrations</source>
        <translation>Migrations de base de données</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure (kept apart from application changes)</source>
        <translation>Infrastructure (séparée des changements applicatifs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollback plan:</source>
        <translation>Plan de retour arrière :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 %3 %4 for %5 s → %6</source>
        <translation>%1 : %2 %3 %4 pendant %5 s → %6</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unknown: no estate is open, so the dependency graph is not available.</source>
        <translation>Inconnu : aucun parc n'est ouvert, le graphe des dépendances n'est donc pas disponible.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>If it goes wrong, %n integration(s) fail</source>
        <translation>
            <numerusform>En cas de problème, %n intégration échoue</numerusform>
            <numerusform>En cas de problème, %n intégrations échouent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>and %n degrade.</source>
        <translation>
            <numerusform>et %n est dégradée.</numerusform>
            <numerusform>et %n sont dégradées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business processes: %1</source>
        <translation>Processus métier : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites: %1</source>
        <translation>Sites : %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Computed risk %1 / 100</source>
        <translation>Risque calculé %1 / 100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without the estate the impact factors count as zero.</source>
        <translation>Sans le parc, les facteurs d'impact comptent pour zéro.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>(overridden)</source>
        <translation>(dérogation)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Override by %1 at %2: %3</source>
        <translation>Dérogation par %1 le %2 : %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>void: %1</source>
        <translation>caduque : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Void since %1: %2</source>
        <translation>Caduque depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>counts</source>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No control store is connected.</source>
        <translation>Aucune base de contrôle n'est connectée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The change has not loaded yet.</source>
        <translation>Le changement n'est pas encore chargé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another action is still running.</source>
        <translation>Une autre action est encore en cours.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not possible while the change is %1.</source>
        <translation>Impossible tant que le changement est à l'état %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only the requester or a release manager may submit it.</source>
        <translation>Seul le demandeur ou un responsable de release peut le soumettre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a CAB member or a release manager may assess changes.</source>
        <translation>Seul un membre du CAB ou un responsable de release peut évaluer les changements.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You requested this change: separation of duties forbids approving it.</source>
        <translation>Vous avez demandé ce changement : la séparation des tâches interdit de l'approuver.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You implement this change: separation of duties forbids approving it.</source>
        <translation>Vous mettez en œuvre ce changement : la séparation des tâches interdit de l'approuver.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You have already approved this change (one person fills one required role).</source>
        <translation>Vous avez déjà approuvé ce changement (une personne ne remplit qu'un seul rôle requis).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You hold none of the roles the policy asks to approve this change.</source>
        <translation>Vous ne détenez aucun des rôles que la politique exige pour approuver ce changement.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The assessed risk %1 exceeds the policy's maximum of %2.</source>
        <translation>Le risque évalué %1 dépasse le maximum de %2 fixé par la politique.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You requested this change: separation of duties forbids deciding on it.</source>
        <translation>Vous avez demandé ce changement : la séparation des tâches interdit d'en décider.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a CAB member, business owner or release manager may decide on changes.</source>
        <translation>Seul un membre du CAB, un responsable métier ou un responsable de release peut décider des changements.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Say why in the comment first.</source>
        <translation>Indiquez d'abord la raison dans le commentaire.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a release manager may schedule changes.</source>
        <translation>Seul un responsable de release peut planifier des changements.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the named implementer or a release manager may start it.</source>
        <translation>Seul l'exécutant désigné ou un responsable de release peut le démarrer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You approved this change: separation of duties forbids implementing it.</source>
        <translation>Vous avez approuvé ce changement : la séparation des tâches interdit de le mettre en œuvre.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only the implementer or a release manager may finish it.</source>
        <translation>Seul l'exécutant ou un responsable de release peut le terminer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only emergency changes need a post-implementation review.</source>
        <translation>Seuls les changements d'urgence nécessitent une revue post-mise en œuvre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The review was already recorded.</source>
        <translation>La revue a déjà été enregistrée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You requested or implemented this change: someone else on the CAB must review it.</source>
        <translation>Vous avez demandé ou mis en œuvre ce changement : un autre membre du CAB doit le revoir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a CAB member may review emergency changes.</source>
        <translation>Seul un membre du CAB peut revoir les changements d'urgence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the review's findings in the comment first.</source>
        <translation>Rédigez d'abord les conclusions de la revue dans le commentaire.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a release manager may close changes.</source>
        <translation>Seul un responsable de release peut clôturer des changements.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CAB's post-implementation review must be recorded before it is closed.</source>
        <translation>La revue post-mise en œuvre du CAB doit être enregistrée avant que le changement ne soit clôturé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select the gate to override in the gates list.</source>
        <translation>Sélectionnez dans la liste des contrôles celui auquel déroger.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The %1 gate passes: there is nothing to override.</source>
        <translation>Le contrôle %1 est satisfait : aucune dérogation n'est nécessaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The %1 gate is already overridden.</source>
        <translation>Le contrôle %1 fait déjà l'objet d'une dérogation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You requested this change: separation of duties forbids overriding its gates.</source>
        <translation>Vous avez demandé ce changement : la séparation des tâches interdit de déroger à ses contrôles.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The policy for this environment lets nobody override gates.</source>
        <translation>La politique de cet environnement ne permet à personne de déroger aux contrôles.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only %1 may override gates here.</source>
        <translation>Seul %1 peut déroger aux contrôles ici.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write why the gate may be overridden in the comment first.</source>
        <translation>Expliquez d'abord dans le commentaire pourquoi une dérogation au contrôle est justifiée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write the comment first.</source>
        <translation>Rédigez d'abord le commentaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You hold no Gatehouse role.</source>
        <translation>Vous ne détenez aucun rôle Gatehouse.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>first role still needed</source>
        <translation>premier rôle encore requis</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused by the control store: %1</source>
        <translation>Refusé par la base de contrôle : %1</translation>
    </message>
    <message>
        <location line="+73" />
        <source>No change is loaded.</source>
        <translation>Aucun changement n'est chargé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another change was selected before the record was written.</source>
        <translation>Un autre changement a été sélectionné avant l'écriture de l'enregistrement.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangesPage</name>
    <message>
        <location filename="../ui/changespage.cpp" line="+52" />
        <source>&amp;New change…</source>
        <translation>&amp;Nouveau changement…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Filter changes by title, environment, state or requester (Ctrl+F)</source>
        <translation>Filtrer les changements par titre, environnement, état ou demandeur (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Draft a new change request (Ctrl+N)</source>
        <translation>Rédiger une nouvelle demande de changement (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export record (PDF)…</source>
        <translation>Exporter le dossier (PDF)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs a decision</source>
        <translation>Décision requise</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Any environment</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A PDF change record for auditors: scope, approvals, gates and the audit chain's verification</source>
        <translation>Un dossier de changement PDF pour les auditeurs : périmètre, approbations, contrôles et vérification de la chaîne d'audit</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Change record written</source>
        <translation>Dossier de changement écrit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>⚠ Change record not written</source>
        <translation>⚠ Dossier de changement non écrit</translation>
    </message>
    <message>
        <location line="+84" />
        <source>⚠ Could not load changes</source>
        <translation>⚠ Impossible de charger les changements</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52" />
        <source>The control store is not available</source>
        <translation>La base de pilotage n'est pas disponible</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading changes…</source>
        <translation>Chargement des changements…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connecting to the control store.</source>
        <translation>Connexion à la base de pilotage en cours.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No changes yet</source>
        <translation>Aucun changement pour l'instant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan a change to an environment: what it touches, when, and its blast radius.</source>
        <translation>Planifiez un changement sur un environnement : ce qu'il touche, quand, et l'étendue de son impact.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an estate first: a change targets one of its environments.</source>
        <translation>Ouvrez d'abord un parc : un changement cible l'un de ses environnements.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New change…</source>
        <translation>Nouveau changement…</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Saved views…</source>
        <translation>Vues enregistrées…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export change record</source>
        <translation>Exporter le dossier de changement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change-%1-record.pdf</source>
        <translation>change-%1-record.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writing the change record…</source>
        <translation>Écriture du dossier de changement…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+58" />
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <location line="+146" />
        <location line="+336" />
        <source>Point at the chart to read values.</source>
        <translation>Pointez le graphique pour lire les valeurs.</translation>
    </message>
    <message>
        <location line="-246" />
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Data %1: %2.</source>
        <translation>Données %1 : %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Showing the last good data, from %1 (%2).</source>
        <translation>Affichage des dernières données valides, du %1 (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No data was received yet.</source>
        <translation>Aucune donnée reçue pour l'instant.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+77" />
        <location line="+103" />
        <source>No data in this time range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <location line="-52" />
        <source>ratio (1 = 100 %)</source>
        <translation>ratio (1 = 100 %)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChartPanelModel</name>
    <message>
        <location filename="../ui/chartpanelmodel.cpp" line="+135" />
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="+29" />
        <source>&amp;Just me: keep changes in a private store on this computer</source>
        <translation>&amp;Moi seul : conserver les changements dans une base privée sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Shared: connect to my team's Gatehouse server</source>
        <translation>&amp;Partagé : se connecter au serveur Gatehouse de mon équipe</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connect Gatehouse</source>
        <translation>Connecter Gatehouse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gatehouse keeps change requests, approvals and the audit log in a control store. Work alone, or join your CAB on a shared server where everyone logs in as themselves.</source>
        <translation>Gatehouse conserve les demandes de changement, les approbations et le journal d'audit dans une base de contrôle. Travaillez seul ou rejoignez votre CAB sur un serveur partagé où chacun se connecte sous sa propre identité.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The server's address, without user or password.</source>
        <translation>L'adresse du serveur, sans utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>your login, e.g. alice</source>
        <translation>votre identifiant, p. ex. alice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stored in your system keychain, never in Gatehouse's settings.</source>
        <translation>Stocké dans le trousseau de votre système, jamais dans les paramètres de Gatehouse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your password is kept in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and nowhere else.</source>
        <translation>Votre mot de passe est conservé dans le trousseau du système (GNOME Keyring, KWallet, macOS Keychain ou Windows Credential Manager) et nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+109" />
        <location line="+17" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Enter the server's URL.</source>
        <translation>Saisissez l'URL du serveur.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The URL must look like postgresql://host:port/database.</source>
        <translation>L'URL doit être de la forme postgresql://host:port/database.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the password out of the URL: it goes to the keychain.</source>
        <translation>N'incluez pas le mot de passe dans l'URL : il est placé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No keychain is available, so the password cannot be stored. Gatehouse never keeps passwords in plain text.</source>
        <translation>Aucun trousseau n'est disponible, le mot de passe ne peut donc pas être stocké. Gatehouse ne conserve jamais les mots de passe en clair.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Storing password…</source>
        <translation>Stockage du mot de passe…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your password could not be stored in the system keychain, so nothing was saved. Gatehouse never keeps passwords in plain text.
%1
Unlock your keyring (or start a Secret Service such as GNOME Keyring) and try again, or choose the private store.</source>
        <translation>Votre mot de passe n'a pas pu être stocké dans le trousseau du système, rien n'a donc été enregistré. Gatehouse ne conserve jamais les mots de passe en clair.
%1
Déverrouillez votre trousseau (ou démarrez un service Secret Service tel que GNOME Keyring) et réessayez, ou choisissez la base privée.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The keychain did not answer; nothing was saved.</source>
        <translation>Le trousseau n'a pas répondu ; rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ContractsPage</name>
    <message>
        <location filename="../ui/contractspage.cpp" line="+27" />
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data contracts</source>
        <translation>Contrats de données</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Module drift</source>
        <translation>Dérive des modules</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ContractsPanel</name>
    <message>
        <location filename="../ui/contractspanel.cpp" line="+44" />
        <source>Check contracts</source>
        <translation>Vérifier les contrats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Read the environment's Odoo database and check every contract (F5)</source>
        <translation>Lire la base de données Odoo de l'environnement et vérifier chaque contrat (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integration / finding</source>
        <translation>Intégration / constat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contract line</source>
        <translation>Ligne du contrat</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Choose an environment to check its integrations' data contracts.</source>
        <translation>Choisissez un environnement pour vérifier les contrats de données de ses intégrations.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking the data contracts of %1…</source>
        <translation>Vérification des contrats de données de %1…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contracts of %1 have not been checked yet.</source>
        <translation>Les contrats de données de %1 n'ont pas encore été vérifiés.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Checked %1 against %2.</source>
        <translation>%1 vérifié par rapport à %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Broken</source>
        <translation>Cassé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Breaks</source>
        <translation>Casse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DependenciesPage</name>
    <message>
        <location filename="../ui/dependenciespage.cpp" line="+77" />
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Voisinage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F&amp;it</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the graph in the view (F)</source>
        <translation>Ajuster le graphe à la vue (F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export S&amp;VG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole graph as an SVG drawing</source>
        <translation>Enregistrer le graphe entier comme dessin SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole graph as a PNG image</source>
        <translation>Enregistrer le graphe entier comme image PNG</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Find an integration by name, kind or owner (Ctrl+F, Enter for next)</source>
        <translation>Rechercher une intégration par nom, type ou propriétaire (Ctrl+F, Entrée pour la suivante)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Draw only the integrations a few hops around the selection or the change</source>
        <translation>Ne dessiner que les intégrations situées à quelques sauts de la sélection ou du changement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Hops:</source>
        <translation>&amp;Sauts :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+98" />
        <source>No change selected</source>
        <translation>Aucun changement sélectionné</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+32" />
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+164" />
        <source>Laying out %n integration(s)…</source>
        <translation>
            <numerusform>Disposition de %n intégration…</numerusform>
            <numerusform>Disposition de %n intégrations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Drawing %n integration(s)…</source>
        <translation>
            <numerusform>Tracé de %n intégration…</numerusform>
            <numerusform>Tracé de %n intégrations…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>No estate is open.</source>
        <translation>Aucun parc n'est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n intégration</numerusform>
            <numerusform>%n intégrations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 dependency</source>
        <translation>1 dépendance</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 dependencies</source>
        <translation>%1 dépendances</translation>
    </message>
    <message>
        <location line="+3" />
        <source>showing %1 within %2 hops of the selection</source>
        <translation>affichage de %1 à %2 sauts maximum de la sélection</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Select an integration to see what it depends on (upstream), what depends on it (downstream), and the processes, partners and sites they carry.</source>
        <translation>Sélectionnez une intégration pour voir ce dont elle dépend (amont), ce qui dépend d'elle (aval), ainsi que les processus, partenaires et sites concernés.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pick a change to see its blast radius: what fails, what degrades, and why.</source>
        <translation>Choisissez un changement pour voir son rayon d'impact : ce qui échoue, ce qui se dégrade, et pourquoi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open an estate to see its integration graph.</source>
        <translation>Ouvrez un parc pour voir son graphe d'intégrations.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 · %2 · owned by %3</source>
        <translation>%1 · %2 · propriétaire : %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Success rate: %1%</source>
        <translation>Taux de réussite : %1%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(stale)</source>
        <translation>(périmé)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contract: %1</source>
        <translation>Contrat de données : %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Processes:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites:</source>
        <translation>Sites :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upstream: it depends on</source>
        <translation>Amont : elle dépend de</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downstream: depends on it</source>
        <translation>Aval : dépend d'elle</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change #%1: %2</source>
        <translation>Changement #%1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>✖ %1 fail · ⚠ %2 degrade (of %3 integrations)</source>
        <translation>✖ %1 échouent · ⚠ %2 se dégradent (sur %3 intégrations)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not in the estate: %1</source>
        <translation>Absent du parc : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why the selection is affected:</source>
        <translation>Pourquoi la sélection est affectée :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Affected integrations</source>
        <translation>Intégrations affectées</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>se dégrade</translation>
    </message>
    <message>
        <location line="+10" />
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+19" />
        <source>There is no graph to export yet.</source>
        <translation>Il n'y a pas encore de graphe à exporter.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Integration dependencies</source>
        <translation>Dépendances des intégrations</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>Could not write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="+67" />
        <source>No problems in the estate.</source>
        <translation>Aucun problème dans le parc.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-click an entry or press Enter to jump to it.</source>
        <translation>double-cliquez sur une entrée ou appuyez sur Entrée pour y accéder.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DriftView</name>
    <message>
        <location filename="../ui/driftview.cpp" line="+25" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Pick two environments and compare their Odoo modules.</source>
        <translation>Choisissez deux environnements et comparez leurs modules Odoo.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Reading the modules of %1 and %2…</source>
        <translation>Lecture des modules de %1 et %2…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Missing in %1</source>
        <translation>Absent dans %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only in %1</source>
        <translation>Uniquement dans %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Different version</source>
        <translation>Version différente</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Explained by the change</source>
        <translation>Expliqué par le changement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not explained</source>
        <translation>Non expliqué</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailPane</name>
    <message>
        <location filename="../ui/environmentdetailpane.cpp" line="+31" />
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Multi-tenant</source>
        <translation>Mutualisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+109" />
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="-78" />
        <source>No environment selected</source>
        <translation>Aucun environnement sélectionné</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select an environment to see its workloads, database and monitoring.</source>
        <translation>Sélectionnez un environnement pour voir ses charges de travail, sa base de données et sa supervision.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Press Enter or double-click to show the integration a workload runs.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour afficher l'intégration qu'exécute une charge de travail.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 environment, %2 hosting</source>
        <translation>Environnement : %1, hébergement : %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites served</source>
        <translation>Sites desservis</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+15" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>context %1, namespace %2</source>
        <translation>contexte %1, espace de noms %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(current)</source>
        <translation>(actuel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Odoo database</source>
        <translation>Base de données Odoo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 on %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database user</source>
        <translation>Utilisateur de la base</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sslmode %1</source>
        <translation>sslmode %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stored in the keychain as %1</source>
        <translation>stocké dans le trousseau sous %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>&amp;Workloads (%n)</source>
        <translation>
            <numerusform>&amp;Charges de travail (%n)</numerusform>
            <numerusform>&amp;Charges de travail (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n replica(s) in all</source>
        <translation>
            <numerusform>%n réplica au total</numerusform>
            <numerusform>%n réplicas au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailView</name>
    <message>
        <location filename="../ui/environmentdetailview.cpp" line="+36" />
        <source>Ingress p95 latency</source>
        <translation>Latence p95 de l'ingress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingress 5xx ratio</source>
        <translation>Taux de 5xx de l'ingress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue depth (jobs waiting)</source>
        <translation>Profondeur de file (tâches en attente)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oldest waiting job</source>
        <translation>Plus ancienne tâche en attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PostgreSQL replication lag</source>
        <translation>Retard de réplication PostgreSQL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis memory used</source>
        <translation>Mémoire Redis utilisée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis hit ratio</source>
        <translation>Taux de réussite du cache Redis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integration success ratio</source>
        <translation>Taux de réussite des intégrations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business throughput</source>
        <translation>Débit métier</translation>
    </message>
    <message>
        <location line="+28" />
        <source>EDI %1</source>
        <translation>EDI %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Labels %1</source>
        <translation>Étiquettes %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments %1</source>
        <translation>Paiements %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Orders confirmed</source>
        <translation>Commandes confirmées</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pickings validated</source>
        <translation>Préparations validées</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Labels printed</source>
        <translation>Étiquettes imprimées</translation>
    </message>
    <message>
        <location line="+28" />
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the last %1</source>
        <translation>Afficher sur %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>PostgreSQL now</source>
        <translation>PostgreSQL maintenant</translation>
    </message>
    <message>
        <location line="+197" />
        <source>No Prometheus is configured for this environment.</source>
        <translation>Aucun Prometheus n'est configuré pour cet environnement.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no Prometheus is configured for this environment (spec.prometheus.url)</source>
        <translation>aucun Prometheus n'est configuré pour cet environnement (spec.prometheus.url)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Prometheus: fresh, updated %1</source>
        <translation>Prometheus : à jour, mis à jour %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus: %1</source>
        <translation>Prometheus : %1</translation>
    </message>
    <message>
        <location line="+49" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No Odoo database is configured for this environment.</source>
        <translation>Aucune base de données Odoo n'est configurée pour cet environnement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database %1: %2</source>
        <translation>Base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fresh, probed at %1</source>
        <translation>À jour, sondée à %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No answer from the database yet.</source>
        <translation>Pas encore de réponse de la base de données.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standby %1</source>
        <translation>Réplica de secours %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, replay lag %2</source>
        <translation>%1, retard de rejeu %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest transaction</source>
        <translation>Plus longue transaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on locks</source>
        <translation>En attente de verrous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database size</source>
        <translation>Taille de la base de données</translation>
    </message>
    <message>
        <location line="+2" />
        <source>queue_job</source>
        <translation>queue_job</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 stuck, oldest waiting %2</source>
        <translation>%1 bloquées, plus ancienne en attente depuis %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WAL archiving</source>
        <translation>Archivage WAL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 archived, %2 failed</source>
        <translation>%1 archivés, %2 en échec</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsHealthPoller</name>
    <message>
        <location filename="../ui/environmentshealthpoller.cpp" line="+213" />
        <source>No Prometheus is configured for this environment (spec.prometheus.url).</source>
        <translation>Aucun Prometheus n'est configuré pour cet environnement (spec.prometheus.url).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No Alertmanager is configured for this environment (spec.alertmanager.url).</source>
        <translation>Aucun Alertmanager n'est configuré pour cet environnement (spec.alertmanager.url).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No Odoo database is configured for this environment (spec.odooDatabase).</source>
        <translation>Aucune base de données Odoo n'est configurée pour cet environnement (spec.odooDatabase).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Waiting for the Kubernetes client.</source>
        <translation>En attente du client Kubernetes.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No replicas wanted (scaled to zero).</source>
        <translation>Aucun réplica demandé (mis à l'échelle à zéro).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 ready</source>
        <translation>%1 sur %2 prêts</translation>
    </message>
    <message>
        <location line="+171" />
        <source>No ingress data.</source>
        <translation>Aucune donnée d'ingress.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>p95 %1, 5xx %2</source>
        <translation>p95 %1, 5xx %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No Redis data.</source>
        <translation>Aucune donnée Redis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Redis is down.</source>
        <translation>Redis est hors service.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>memory %1 of max, hit ratio %2</source>
        <translation>mémoire %1 du maximum, taux de réussite du cache %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No queue_job data.</source>
        <translation>Aucune donnée queue_job.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a job has been running for %1 (stuck)</source>
        <translation>une tâche s'exécute depuis %1 (bloquée)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 waiting, oldest %2</source>
        <translation>%1 en attente, la plus ancienne depuis %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>EDI %1</source>
        <translation>EDI %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>labels %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>payments %1</source>
        <translation>paiements %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No integration data.</source>
        <translation>Aucune donnée d'intégration.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 flows, lowest %2 (%3)</source>
        <translation>%1 flux, minimum %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 flows below 98 %, lowest %3 (%4)</source>
        <translation>%1 flux sur %2 sous 98 %, minimum %3 (%4)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No backup has ever succeeded.</source>
        <translation>Aucune sauvegarde n'a jamais réussi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No backup data.</source>
        <translation>Aucune donnée de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>last good backup %1 ago (RPO 26 h)</source>
        <translation>dernière sauvegarde réussie il y a %1 (RPO 26 h)</translation>
    </message>
    <message>
        <location line="+84" />
        <source>None firing</source>
        <translation>Aucune déclenchée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 firing, %2 critical</source>
        <translation>%1 déclenchées, dont %2 critiques</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 firing</source>
        <translation>%1 déclenchées</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1 silenced</source>
        <translation>, %1 mises en silence</translation>
    </message>
    <message>
        <location line="+71" />
        <source>No answer from the database yet.</source>
        <translation>Pas encore de réponse de la base de données.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>connections %1/%2</source>
        <translation>connexions %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replication lag %1</source>
        <translation>retard de réplication %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 waiting on locks</source>
        <translation>%1 en attente de verrous</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a transaction open for %1</source>
        <translation>une transaction ouverte depuis %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WAL archiving failing</source>
        <translation>Échec de l'archivage WAL</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsOverviewModel</name>
    <message>
        <location filename="../ui/environmentsoverviewmodel.cpp" line="+140" />
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Application pods</source>
        <translation>Pods applicatifs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queues</source>
        <translation>Files d'attente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Firing alerts</source>
        <translation>Alertes déclenchées</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2 since %3)</source>
        <translation>%1 (%2 depuis %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsPage</name>
    <message>
        <location filename="../ui/environmentspage.cpp" line="+60" />
        <source>No environments</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an estate whose folder defines environments (kind: Environment) to see their health.</source>
        <translation>Ouvrez un parc dont le dossier définit des environnements (kind: Environment) pour voir leur état de santé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask every source now (%1)</source>
        <translation>Interroger toutes les sources maintenant (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wall board</source>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full screen, large type, cycling through the environments (F11; Esc leaves)</source>
        <translation>Plein écran, gros caractères, défilement des environnements (F11 ; Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Environment health</source>
        <translation>Santé des environnements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-click a card (or press Enter) for the environment's charts and alerts.</source>
        <translation>Double-cliquez sur une carte (ou appuyez sur Entrée) pour voir les graphiques et alertes de l'environnement.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>← All environments</source>
        <translation>← Tous les environnements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the overview (%1)</source>
        <translation>Retour à la vue d'ensemble (%1)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>&lt;b&gt;Prometheus is not configured.&lt;/b&gt; Charts and the Redis, ingress, queue, integration and backup statuses come from it. Name each environment's Prometheus in the estate (&lt;code&gt;spec.prometheus.url&lt;/code&gt;).</source>
        <translation>&lt;b&gt;Prometheus n'est pas configuré.&lt;/b&gt; Les graphiques ainsi que les états Redis, ingress, files d'attente, intégrations et sauvegardes en proviennent. Indiquez le Prometheus de chaque environnement dans le parc (&lt;code&gt;spec.prometheus.url&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prometheus is not installed on this computer either (Debian package &lt;code&gt;prometheus&lt;/code&gt;).</source>
        <translation>Prometheus n'est pas non plus installé sur cet ordinateur (paquet Debian &lt;code&gt;prometheus&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Prometheus at %1 does not answer, and it is not installed on this computer.&lt;/b&gt; Install the Debian package &lt;code&gt;prometheus&lt;/code&gt; or point the estate at your Prometheus.</source>
        <translation>&lt;b&gt;Prometheus à l'adresse %1 ne répond pas, et il n'est pas installé sur cet ordinateur.&lt;/b&gt; Installez le paquet Debian &lt;code&gt;prometheus&lt;/code&gt; ou faites pointer le parc vers votre Prometheus.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&lt;b&gt;Alertmanager is not configured.&lt;/b&gt; Firing alerts and silences come from it. Name each environment's Alertmanager in the estate (&lt;code&gt;spec.alertmanager.url&lt;/code&gt;).</source>
        <translation>&lt;b&gt;Alertmanager n'est pas configuré.&lt;/b&gt; Les alertes déclenchées et les silences en proviennent. Indiquez l'Alertmanager de chaque environnement dans le parc (&lt;code&gt;spec.alertmanager.url&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alertmanager is not installed on this computer either (Debian package &lt;code&gt;prometheus-alertmanager&lt;/code&gt;).</source>
        <translation>Alertmanager n'est pas non plus installé sur cet ordinateur (paquet Debian &lt;code&gt;prometheus-alertmanager&lt;/code&gt;).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EstatePage</name>
    <message>
        <location filename="../ui/estatepage.cpp" line="+126" />
        <source>Search integrations by name, owner, process or partner (Ctrl+F)</source>
        <translation>Rechercher des intégrations par nom, responsable, processus ou partenaire (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C&amp;riticality:</source>
        <translation>C&amp;riticité :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+61" />
        <source>&amp;Integrations</source>
        <translation>&amp;Intégrations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En&amp;vironments</source>
        <translation>En&amp;vironnements</translation>
    </message>
    <message>
        <location line="+70" />
        <source>No estate open</source>
        <translation>Aucun parc ouvert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An estate is the folder of YAML files that describes your sites, environments, integrations, calendars and policies. Open one to see it here.</source>
        <translation>Un parc est le dossier de fichiers YAML qui décrit vos sites, environnements, intégrations, calendriers et politiques. Ouvrez-en un pour l'afficher ici.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open estate…</source>
        <translation>Ouvrir un parc…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading the estate…</source>
        <translation>Chargement du parc…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading and validating every YAML file in %1.</source>
        <translation>Lecture et validation de chaque fichier YAML de %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The estate has errors</source>
        <translation>Le parc contient des erreurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be loaded. Fix the errors listed in the Estate errors panel; the estate reloads as soon as its files change.</source>
        <translation>%1 n'a pas pu être chargé. Corrigez les erreurs listées dans le panneau « Erreurs du parc » ; le parc est rechargé dès que ses fichiers changent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <location line="+47" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n intégration</numerusform>
            <numerusform>%n intégrations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::FreezeOverrideDialog</name>
    <message>
        <location filename="../ui/freezeoverridedialog.cpp" line="+27" />
        <source>Override freeze</source>
        <translation>Déroger au gel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Override freeze %1 for #%2</source>
        <translation>Déroger au gel %1 pour #%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Freeze:</source>
        <translation>Gel :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change:</source>
        <translation>Changement :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#%1 %2 on %3 (%4 change)</source>
        <translation>#%1 %2 sur %3 (changement %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Recorded with the role:</source>
        <translation>Enregistré avec le rôle :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The override and its reason go into the audit log; the control store refuses it unless you hold this role.</source>
        <translation>La dérogation et sa raison sont inscrites au journal d'audit ; la base de contrôle la refuse si vous ne détenez pas ce rôle.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Raison (obligatoire) :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why this change cannot wait until the freeze ends</source>
        <translation>Pourquoi ce changement ne peut pas attendre la fin du gel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No control store is connected: an override cannot be recorded.</source>
        <translation>Aucune base de contrôle n'est connectée : une dérogation ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Recording the override…</source>
        <translation>Enregistrement de la dérogation…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Accepted: freeze %1 is overridden for #%2 and recorded in the audit log.</source>
        <translation>Acceptée : la dérogation au gel %1 pour #%2 est enregistrée dans le journal d'audit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused by the control store: %1</source>
        <translation>Refusée par la base de contrôle : %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The control store did not answer.</source>
        <translation>La base de contrôle n'a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GateSources</name>
    <message>
        <location filename="../ui/gatesources.cpp" line="+27" />
        <source>%1 is stale: %2</source>
        <translation>%1 est périmé : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is unreachable: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has not answered yet.</source>
        <translation>%1 n'a pas encore répondu.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Not configured for %1.</source>
        <translation>Non configuré pour %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No answer for %1 yet.</source>
        <translation>Pas encore de réponse pour %1.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is critical in %2.</source>
        <translation>%1 est critique dans %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No health data for %1 yet.</source>
        <translation>Pas encore de données de santé pour %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is critical in %1.</source>
        <translation>Rien n'est critique dans %1.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GraphLegend</name>
    <message>
        <location filename="../ui/graphlegend.cpp" line="+17" />
        <source>An arrow points from an integration to the one that depends on it: the way a failure travels.</source>
        <translation>Une flèche va d'une intégration vers celle qui en dépend : le chemin que suit une défaillance.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>sync</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>async</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>batch</source>
        <translation>par lots</translation>
    </message>
    <message>
        <location line="+2" />
        <source>◀ upstream</source>
        <translation>◀ amont</translation>
    </message>
    <message>
        <location line="+1" />
        <source>downstream ▶</source>
        <translation>aval ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● changed</source>
        <translation>● modifiée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✖ fails</source>
        <translation>✖ échoue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>⚠ degrades</source>
        <translation>⚠ se dégrade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>♥ success rate   ✓/✗/? data contract</source>
        <translation>♥ taux de réussite   ✓/✗/? contrat de données</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GraphView</name>
    <message>
        <location filename="../ui/graphview.cpp" line="+200" />
        <source>%1 depends on %2 (%3).</source>
        <translation>%1 dépend de %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::IntegrationDetailPane</name>
    <message>
        <location filename="../ui/integrationdetailpane.cpp" line="+28" />
        <source>sync — fails with it</source>
        <translation>sync — échoue avec elle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async — degrades</source>
        <translation>async — se dégrade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch — degrades</source>
        <translation>batch — se dégrade</translation>
    </message>
    <message>
        <location line="+14" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No integration selected</source>
        <translation>Aucune intégration sélectionnée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select an integration to see its owner, dependencies and what it affects when it changes.</source>
        <translation>Sélectionnez une intégration pour afficher son responsable, ses dépendances et ce qu'elle affecte lorsqu'elle change.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Impact when it changes or breaks</source>
        <translation>Impact en cas de changement ou de panne</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every site of its environments</source>
        <translation>tous les sites de ses environnements</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Odoo module</source>
        <translation>Module Odoo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>If it breaks, %n other integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>En cas de panne, %n autre intégration échouerait ; dégradées : %1.</numerusform>
            <numerusform>En cas de panne, %n autres intégrations échoueraient ; dégradées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Affected: %n business process(es)</source>
        <translation>
            <numerusform>Concernés : %n processus métier</numerusform>
            <numerusform>Concernés : %n processus métier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location filename="../ui/mainwindow.cpp" line="+87" />
        <source>Estate errors</source>
        <translation>Erreurs du parc</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+87" />
        <location line="+337" />
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location line="-400" />
        <source>Estate</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <location line="+139" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open estate…</source>
        <translation>&amp;Ouvrir un parc…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reload estate</source>
        <translation>&amp;Recharger le parc</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change</source>
        <translation>&amp;Changement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New change…</source>
        <translation>&amp;Nouveau changement…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="-209" />
        <source>&amp;Estate</source>
        <translation>&amp;Parc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites, environments and integrations</source>
        <translation>Sites, environnements et intégrations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Changes</source>
        <translation>&amp;Changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change requests from the control store</source>
        <translation>Demandes de changement de la base de contrôle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAB agenda</source>
        <translation>Ordre du jour du CAB</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CAB a&amp;genda</source>
        <translation>Ordre du &amp;jour du CAB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes waiting for a decision, grouped by the CAB meeting that must decide them</source>
        <translation>Changements en attente de décision, regroupés par la réunion du CAB qui doit en décider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;alendar</source>
        <translation>C&amp;alendrier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change windows against the business calendar</source>
        <translation>Fenêtres de changement par rapport au calendrier métier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dependencies</source>
        <translation>&amp;Dépendances</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The integration graph and a change's blast radius</source>
        <translation>Le graphe des intégrations et le rayon d'impact d'un changement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ontracts</source>
        <translation>C&amp;ontrats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data contracts and Odoo module drift per environment</source>
        <translation>Contrats de données et dérive des modules Odoo par environnement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En&amp;vironments</source>
        <translation>En&amp;vironnements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health of every environment: pods, databases, queues, integrations, alerts</source>
        <translation>État de santé de chaque environnement : pods, bases de données, files d'attente, intégrations, alertes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollouts</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Rollouts</source>
        <translation>&amp;Déploiements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Live Kubernetes rollouts per environment: pause, resume, restart, roll back, scale</source>
        <translation>Déploiements Kubernetes en direct par environnement : pause, reprise, redémarrage, retour arrière, mise à l'échelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;leases</source>
        <translation>Re&amp;leases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Releases moving through the environments, their rollback criteria live, roll back now</source>
        <translation>Releases progressant à travers les environnements, leurs critères de retour arrière en direct, revenir en arrière maintenant</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+191" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Estate &amp;errors panel</source>
        <translation>Panneau « &amp;Erreurs du parc »</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Policy out of date (applied: version %1)</source>
        <translation>Politique obsolète (appliquée : version %1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database enforces the estate's policy (version %1).</source>
        <translation>La base de données applique la politique du parc (version %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+177" />
        <source>Control store: %1</source>
        <translation>Base de pilotage : %1</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Control store: none</source>
        <translation>Base de pilotage : aucune</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+168" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="-147" />
        <source>Open estate</source>
        <translation>Ouvrir un parc</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>The estate files have %n error(s). The estate on screen is the last good one; it will update as soon as the files are valid again.</source>
        <translation>
            <numerusform>Les fichiers du parc contiennent %n erreur. Le parc affiché est la dernière version valide ; il sera mis à jour dès que les fichiers seront de nouveau valides.</numerusform>
            <numerusform>Les fichiers du parc contiennent %n erreurs. Le parc affiché est la dernière version valide ; il sera mis à jour dès que les fichiers seront de nouveau valides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>No estate open</source>
        <translation>Aucun parc ouvert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estate: %1 — %2</source>
        <translation>Parc : %1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(last good version; files have errors)</source>
        <translation>(dernière version valide ; les fichiers contiennent des erreurs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(has errors)</source>
        <translation>(contient des erreurs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting the embedded database…</source>
        <translation>Démarrage de la base de données intégrée…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reconnecting… (%1)</source>
        <translation>Reconnexion… (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The estate's policy could not be compared with the database's: %1</source>
        <translation>La politique du parc n'a pas pu être comparée à celle de la base de données : %1</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+8" />
        <source>Reschedule change</source>
        <translation>Replanifier le changement</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Why is change #%1 moving to the new window?</source>
        <translation>Pourquoi le changement #%1 est-il déplacé vers la nouvelle fenêtre ?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change #%1 was not rescheduled: %2</source>
        <translation>Le changement #%1 n'a pas été replanifié : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change #%1 rescheduled.</source>
        <translation>Changement #%1 replanifié.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release control-center for Odoo-based distribution businesses: plan, approve and watch releases in terms of the orders, stock moves and partner integrations they affect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Centre de contrôle des mises en production pour les entreprises de distribution sous Odoo : planifiez, approuvez et suivez les mises en production à travers les commandes, mouvements de stock et intégrations partenaires qu'elles affectent.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::MonthView</name>
    <message>
        <location filename="../ui/monthview.cpp" line="+55" />
        <source>Release calendar month</source>
        <translation>Mois du calendrier des mises en production</translation>
    </message>
    <message>
        <location line="+269" />
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewChangeDialog</name>
    <message>
        <location filename="../ui/newchangedialog.cpp" line="+89" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo module</source>
        <translation>Module Odoo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pre-checks (; separated)</source>
        <translation>Vérifications préalables (séparées par ;)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expected lock impact</source>
        <translation>Impact attendu des verrous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New change</source>
        <translation>Nouveau changement</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Upgrade the EDI gateway to 4.2</source>
        <translation>p. ex. Mettre à niveau la passerelle EDI vers la 4.2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What changes, why, and how it will be rolled back.</source>
        <translation>Ce qui change, pourquoi, et comment revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose an environment…</source>
        <translation>Choisir un environnement…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads of the environment</source>
        <translation>Charges de travail de l'environnement</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Changes:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Zone:</source>
        <translation>&amp;Fuseau :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre :</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Workloads and images</source>
        <translation>Charges de travail et images</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo modules</source>
        <translation>Modules Odoo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database migrations</source>
        <translation>Migrations de base de données</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure (separate change)</source>
        <translation>Infrastructure (changement distinct)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How the change is undone, step by step.</source>
        <translation>Comment annuler le changement, étape par étape.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rollback plan (the CAB approves it with the change):</source>
        <translation>Plan de retour arrière (le CAB l'approuve avec le changement) :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-approved rollback criteria from the policy:</source>
        <translation>Critères de retour arrière pré-approuvés de la politique :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+192" />
        <source>Create change</source>
        <translation>Créer le changement</translation>
    </message>
    <message>
        <location line="-122" />
        <location line="+26" />
        <location line="+16" />
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+27" />
        <location line="+13" />
        <source>Choose the target environment.</source>
        <translation>Choisissez l'environnement cible.</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+31" />
        <location line="+8" />
        <source>Select at least one integration or workload.</source>
        <translation>Sélectionnez au moins une intégration ou une charge de travail.</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+32" />
        <location line="+6" />
        <source>The window must end after it starts.</source>
        <translation>La fenêtre de maintenance doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Infrastructure changes are kept apart from application changes: file them as a separate change.</source>
        <translation>Les changements d'infrastructure sont séparés des changements applicatifs : déposez-les sous forme de changement distinct.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the version module %1 moves to.</source>
        <translation>Indiquez la version vers laquelle passe le module %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say how migration %1 is rolled back.</source>
        <translation>Indiquez comment revenir en arrière sur la migration %1.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Impact preview: select what the change touches.</source>
        <translation>Aperçu de l'impact : sélectionnez ce que touche le changement.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Impact preview: if this change goes wrong, %n integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Aperçu de l'impact : si ce changement tourne mal, %n intégration échouerait ; dégradées : %1.</numerusform>
            <numerusform>Aperçu de l'impact : si ce changement tourne mal, %n intégrations échoueraient ; dégradées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business processes: %1</source>
        <translation>Processus métier : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Redeploy the previous images of %1 and verify the health checks.</source>
        <translation>Redéployer les images précédentes de %1 et vérifier les contrôles de santé.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The policy for this environment offers no rollback criteria.</source>
        <translation>La politique de cet environnement ne propose aucun critère de retour arrière.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an environment to see its policy's rollback criteria.</source>
        <translation>Choisissez un environnement pour voir les critères de retour arrière de sa politique.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 %3 %4 for %5 s → %6</source>
        <translation>%1 : %2 %3 %4 pendant %5 s → %6</translation>
    </message>
    <message>
        <location line="+22" />
        <source>initial scope</source>
        <translation>périmètre initial</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change #%1 was stored as a draft, but its scope was refused: %2</source>
        <translation>Le changement #%1 a été stocké comme brouillon, mais son périmètre a été refusé : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Store scope</source>
        <translation>Stocker le périmètre</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The scope was not stored: the control store was closed.</source>
        <translation>Le périmètre n'a pas été stocké : la base de contrôle a été fermée.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No control store is configured.</source>
        <translation>Aucune base de pilotage n'est configurée.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The change was not stored: %1</source>
        <translation>Le changement n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The change was not stored: the control store was closed.</source>
        <translation>Le changement n'a pas été enregistré : la base de pilotage a été fermée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewReleaseDialog</name>
    <message>
        <location filename="../ui/newreleasedialog.cpp" line="+30" />
        <source>New release</source>
        <translation>Nouvelle release</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. EDI gateway 4.3 and WMS connector 2.9</source>
        <translation>p. ex. passerelle EDI 4.3 et connecteur WMS 2.9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+4" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long each phase is watched after it rolled out before the next one starts.</source>
        <translation>Durée d'observation de chaque phase après son déploiement, avant que la suivante ne démarre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bake time per phase:</source>
        <translation>Durée d'&amp;observation par phase :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Approved changes to bundle:</source>
        <translation>Changements &amp;approuvés à regrouper :</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Create release</source>
        <translation>Créer la release</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Loading approved changes…</source>
        <translation>Chargement des changements approuvés…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>#%1 %2 — %3 (%4)</source>
        <translation>#%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No change is approved and waiting for a release.</source>
        <translation>Aucun changement n'est approuvé et en attente d'une release.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Creating the release…</source>
        <translation>Création de la release…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The chosen changes name no workload to roll out.</source>
        <translation>Les changements choisis ne désignent aucune charge de travail à déployer.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NextWindowDialog</name>
    <message>
        <location filename="../ui/nextwindowdialog.cpp" line="+24" />
        <source>Reschedule to this window</source>
        <translation>Replanifier dans cette fenêtre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next safe window for #%1</source>
        <translation>Prochaine fenêtre sûre pour #%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 on %4, %5 h %6 min. Now planned for %7.</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 sur %4, %5 h %6 min. Actuellement planifié pour %7.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Worst impact</source>
        <translation>Pire impact</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sites busy</source>
        <translation>Sites occupés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soft conflicts</source>
        <translation>Conflits non bloquants</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>inside</source>
        <translation>dedans</translation>
    </message>
    <message>
        <location line="+0" />
        <source>outside</source>
        <translation>dehors</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No window without a hard conflict was found in the searched range.</source>
        <translation>Aucune fenêtre sans conflit bloquant n'a été trouvée dans la période parcourue.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleaseCriterionGauge</name>
    <message>
        <location filename="../ui/releasecriteriongauge.cpp" line="+56" />
        <source>latest %1</source>
        <translation>dernière valeur %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no value yet</source>
        <translation>pas encore de valeur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolls back</source>
        <translation>revient en arrière</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pauses</source>
        <translation>se met en pause</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Over the threshold, not yet for the duration</source>
        <translation>Au-dessus du seuil, pas encore pendant toute la durée</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 — %2: %3, %4 when %5 %6 for %n s</source>
        <translation>
            <numerusform>%1 — %2 : %3, %4 lorsque %5 %6 pendant %n s</numerusform>
            <numerusform>%1 — %2 : %3, %4 lorsque %5 %6 pendant %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleaseListModel</name>
    <message numerus="yes">
        <location filename="../ui/releaselistmodel.cpp" line="+74" />
        <source>All %n phase(s) done</source>
        <translation>
            <numerusform>%n phase terminée</numerusform>
            <numerusform>Toutes les %n phases terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phase %1 of %2: %3 · %4 (%5)</source>
        <translation>Phase %1 sur %2 : %3 · %4 (%5)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleasesPage</name>
    <message>
        <location filename="../ui/releasespage.cpp" line="+57" />
        <source>&amp;New release…</source>
        <translation>&amp;Nouvelle release…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bundle approved changes into a release along the promotion path.</source>
        <translation>Regrouper des changements approuvés dans une release le long du chemin de promotion.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Roll back now</source>
        <translation>&amp;Revenir en arrière maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo every workload this release changed in its current environment (release manager or support).</source>
        <translation>Annuler les modifications apportées par cette release à chaque charge de travail de son environnement actuel (responsable de release ou support).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Continue</source>
        <translation>&amp;Poursuivre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue the paused phase (release manager; the reason is recorded).</source>
        <translation>Poursuivre la phase en pause (responsable de release ; le motif est enregistré).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause the release and its rollout (release manager or support).</source>
        <translation>Mettre en pause la release et son déploiement (responsable de release ou support).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Override gates…</source>
        <translation>&amp;Déroger aux contrôles…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record an authorised override, with a reason, of each gate that keeps this release paused (as the policy permits); then continue it.</source>
        <translation>Enregistrer une dérogation autorisée, avec une justification, pour chaque contrôle qui maintient cette release en pause (dans la mesure permise par la politique) ; puis la poursuivre.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The release report as PDF: timeline, approvals, gates, criteria before, during and after each phase, restore points, actions and the audit chain's verification.</source>
        <translation>Le rapport de release en PDF : chronologie, approbations, contrôles, critères avant, pendant et après chaque phase, points de restauration, actions et vérification de la chaîne d'audit.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Environment / phase</source>
        <translation>Environnement / phase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baking since</source>
        <translation>En observation depuis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The changes of this release name no rollback criterion.</source>
        <translation>Les changements de cette release ne désignent aucun critère de retour arrière.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No release selected</source>
        <translation>Aucune release sélectionnée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a release to follow its phases, rollback criteria and rollback plan, or bundle approved changes into a new release.</source>
        <translation>Sélectionnez une release pour suivre ses phases, ses critères de retour arrière et son plan de retour arrière, ou regroupez des changements approuvés dans une nouvelle release.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New release…</source>
        <translation>Nouvelle release…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export release report</source>
        <translation>Exporter le rapport de release</translation>
    </message>
    <message>
        <location line="+1" />
        <source>release-%1-report.pdf</source>
        <translation>release-%1-report.pdf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+131" />
        <source>The releases could not be read: %1</source>
        <translation>Les releases n'ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+121" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Release #%1 %2 — %3</source>
        <translation>Release #%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rollback of %1 requested by %2 at %3: %4</source>
        <translation>Retour arrière de %1 demandé par %2 le %3 : %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause requested by %1 at %2: %3</source>
        <translation>Mise en pause demandée par %1 le %2 : %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Driven by executor %1.</source>
        <translation>Pilotée par l'exécuteur %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No executor drives it now (the last one stopped).</source>
        <translation>Aucun exécuteur ne la pilote actuellement (le dernier s'est arrêté).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (database migration)</source>
        <translation> (migration de base de données)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Waiting for bake (%n s left)</source>
        <translation>
            <numerusform>En observation (encore %n s)</numerusform>
            <numerusform>En observation (encore %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61" />
        <source>No rollback plan written; Gatehouse undoes each workload it changed.</source>
        <translation>Aucun plan de retour arrière rédigé ; Gatehouse annule les modifications qu'il a apportées à chaque charge de travail.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No restore point yet: one is created before each phase with a database migration.</source>
        <translation>Pas encore de point de restauration : un point est créé avant chaque phase comportant une migration de base de données.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Writing the report of release #%1…</source>
        <translation>Rédaction du rapport de la release #%1…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The report of release #%1 was written to %2.</source>
        <translation>Le rapport de la release #%1 a été écrit dans %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The report of release #%1 was not written: %2</source>
        <translation>Le rapport de la release #%1 n'a pas été écrit : %2</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+47" />
        <location line="+75" />
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Roll back now</source>
        <translation>Revenir en arrière maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every workload release #%1 changed in its current environment will be undone. Why?</source>
        <translation>Toutes les modifications apportées par la release #%1 aux charges de travail de son environnement actuel seront annulées. Pourquoi ?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rollback of %1 requested: the executor undoes every workload the release changed there.</source>
        <translation>Retour arrière de %1 demandé : l'exécuteur annule toutes les modifications que la release y a apportées aux charges de travail.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Release #%1 and its rollout will be paused. Why?</source>
        <translation>La release #%1 et son déploiement seront mis en pause. Pourquoi ?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paused: the release waits until a release manager continues it.</source>
        <translation>En pause : la release attend qu'un responsable de release la poursuive.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Release #%1 continues where it was paused. Why is it safe?</source>
        <translation>La release #%1 reprend là où elle a été mise en pause. Pourquoi est-ce sans risque ?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Continued: the executor picks the phase up again.</source>
        <translation>Poursuivie : l'exécuteur reprend la phase.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>• %1 of change #%2 in %3: %4</source>
        <translation>• %1 du changement #%2 dans %3 : %4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Override gates</source>
        <translation>Déroger aux contrôles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These gates keep release #%1 paused:
%2
Why may the release go on despite them? The override is recorded with your name and this reason.</source>
        <translation>Ces contrôles maintiennent la release #%1 en pause :
%2
Pourquoi la release peut-elle se poursuivre malgré eux ? La dérogation est enregistrée avec votre nom et cette justification.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of change #%2: %3</source>
        <translation>%1 du changement #%2 : %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overrides recorded. Continue the release to evaluate the gates again.</source>
        <translation>Dérogations enregistrées. Poursuivez la release pour réévaluer les contrôles.</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>Release #%1 created with %n phase(s).</source>
        <translation>
            <numerusform>Release #%1 créée avec %n phase.</numerusform>
            <numerusform>Release #%1 créée avec %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36" />
        <source>The executor's last step failed and is retried: %1</source>
        <translation>La dernière étape de l'exécuteur a échoué et va être retentée : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutActionDialog</name>
    <message>
        <location filename="../ui/rolloutactiondialog.cpp" line="+28" />
        <source>Set image</source>
        <translation>Définir l'image</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause rollout</source>
        <translation>Mettre en pause le déploiement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume rollout</source>
        <translation>Reprendre le déploiement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Mettre à l'échelle</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Set a new image on %1 in %2</source>
        <translation>Définir une nouvelle image sur %1 dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause the rollout of %1 in %2</source>
        <translation>Mettre en pause le déploiement de %1 dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume the rollout of %1 in %2</source>
        <translation>Reprendre le déploiement de %1 dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart %1 in %2</source>
        <translation>Redémarrer %1 dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back %1 in %2</source>
        <translation>Revenir en arrière sur %1 dans %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale %1 in %2</source>
        <translation>Mettre à l'échelle %1 dans %2</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Container:</source>
        <translation>Conteneur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New image:</source>
        <translation>Nouvelle image :</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Previous revision (%1)</source>
        <translation>Révision précédente (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Revision %1: %2</source>
        <translation>Révision %1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (current)</source>
        <translation> (actuelle)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Roll back to:</source>
        <translation>Revenir à :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image change:</source>
        <translation>Changement d'image :</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Only if it still has %n replica(s)</source>
        <translation>
            <numerusform>Seulement s'il a encore %n réplica</numerusform>
            <numerusform>Seulement s'il a encore %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replicas:</source>
        <translation>Réplicas :</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Reason (required):</source>
        <translation>Raison (obligatoire) :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why is this needed? Recorded in the audit log.</source>
        <translation>Pourquoi est-ce nécessaire ? Enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The action, your reason and the deployment before and after are recorded in the audit log.</source>
        <translation>L'action, votre raison et le Deployment avant et après sont enregistrés dans le journal d'audit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded in the audit log as %1, with your reason and the deployment before and after.</source>
        <translation>Enregistré dans le journal d'audit sous %1, avec votre raison et le Deployment avant et après.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Revision %1 is not in the history.</source>
        <translation>La révision %1 ne figure pas dans l'historique.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 (unchanged)</source>
        <translation>%1 : %2 (inchangé)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter the new image of container %1.</source>
        <translation>Saisissez la nouvelle image du conteneur %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 of %2 already runs %3: nothing would change.</source>
        <translation>Le conteneur %1 de %2 exécute déjà %3 : rien ne changerait.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deployment %1 in %2 starts a rollout to a new revision: container %3 changes from %4 to %5. New pods replace the old ones step by step (%6, max surge %7, max unavailable %8); the rollout must progress within %9 s.</source>
        <translation>Le Deployment %1 dans %2 lance un déploiement vers une nouvelle révision : le conteneur %3 passe de %4 à %5. Les nouveaux pods remplacent les anciens pas à pas (%6, surplus max %7, indisponibles max %8) ; le déploiement doit progresser en moins de %9 s.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The rollout of %1 in %2 is paused: changes to its pod template are not rolled out until it is resumed. Running pods stay as they are; scaling still works. A paused deployment cannot be rolled back or restarted.</source>
        <translation>Le déploiement de %1 dans %2 est mis en pause : les modifications de son modèle de pod ne sont pas déployées tant qu'il n'est pas repris. Les pods en cours d'exécution restent tels quels ; la mise à l'échelle fonctionne toujours. Un Deployment en pause ne peut ni revenir en arrière ni être redémarré.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The rollout of %1 in %2 is resumed: any change to its pod template made while it was paused rolls out now.</source>
        <translation>Le déploiement de %1 dans %2 est repris : toute modification de son modèle de pod effectuée pendant la pause est déployée maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>All %n pod(s) of %1 in %2 are replaced step by step with new ones running the same images (a new revision is created).</source>
        <translation>
            <numerusform>%n pod de %1 dans %2 est remplacé par un nouveau pod exécutant les mêmes images (une nouvelle révision est créée).</numerusform>
            <numerusform>Les %n pods de %1 dans %2 sont remplacés pas à pas par de nouveaux pods exécutant les mêmes images (une nouvelle révision est créée).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no earlier revision to roll back to.</source>
        <translation>Il n'existe aucune révision antérieure vers laquelle revenir.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Revision %1 is the current revision of %2: nothing would change.</source>
        <translation>La révision %1 est la révision actuelle de %2 : rien ne changerait.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 in %2 is rolled back to revision %3: its pod template is replaced by that revision's and a rollout starts, which becomes revision %4. The images change as shown.</source>
        <translation>%1 dans %2 revient à la révision %3 : son modèle de pod est remplacé par celui de cette révision et un déploiement démarre, qui devient la révision %4. Les images changent comme indiqué.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%1 already has %n replica(s): nothing would change.</source>
        <translation>
            <numerusform>%1 a déjà %n réplica : rien ne changerait.</numerusform>
            <numerusform>%1 a déjà %n réplicas : rien ne changerait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 in %2 is scaled from %3 to %4 replicas.</source>
        <translation>%1 dans %2 passe de %3 à %4 réplicas.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused if someone changed its replica count in the meantime (it must still be %1).</source>
        <translation>Refusé si quelqu'un a modifié son nombre de réplicas entre-temps (il doit encore être de %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give a reason first.</source>
        <translation>Indiquez d'abord une raison.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutDetailView</name>
    <message>
        <location filename="../ui/rolloutdetailview.cpp" line="+50" />
        <source>No workload selected</source>
        <translation>Aucune charge de travail sélectionnée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a workload to see its revisions, pods, events and rollout timeline, and to act on it.</source>
        <translation>Sélectionnez une charge de travail pour voir ses révisions, ses pods, ses événements et la chronologie de son déploiement, et pour agir dessus.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <location line="+116" />
        <source>Revision %1 · %2 · %3 of %n replica(s) ready, %4 up to date, %5 available</source>
        <translation>
            <numerusform>Révision %1 · %2 · %3 sur %n réplica prêts, %4 à jour, %5 disponibles</numerusform>
            <numerusform>Révision %1 · %2 · %3 sur %n réplicas prêts, %4 à jour, %5 disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (max surge %1, max unavailable %2)</source>
        <translation> (surplus max %1, indisponibles max %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress deadline</source>
        <translation>Délai de progression</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes: template changes do not roll out until resumed</source>
        <translation>oui : les modifications du modèle ne sont pas déployées avant la reprise</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change cause</source>
        <translation>Cause du changement</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none reported</source>
        <translation>aucune signalée</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Actions are unavailable: %1</source>
        <translation>Actions indisponibles : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutEnvironment</name>
    <message>
        <location filename="../ui/rolloutenvironment.cpp" line="+134" />
        <location line="+7" />
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+10" />
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+12" />
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+14" />
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+16" />
        <source>unauthorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+17" />
        <source>TLS error</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No connection to the cluster of %1: %2</source>
        <translation>Aucune connexion au cluster de %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connecting to %1 (context %2, namespace %3)…</source>
        <translation>Connexion à %1 (contexte %2, espace de noms %3)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connected to %1 (context %2, namespace %3); the view is live.</source>
        <translation>Connecté à %1 (contexte %2, espace de noms %3) ; la vue est en direct.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reconnecting: next attempt at %1. %2</source>
        <translation>Reconnexion : prochaine tentative à %1. %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnecting. %1</source>
        <translation>Reconnexion. %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unauthorized: the cluster refused the credential of context %2. %1</source>
        <translation>Non autorisé : le cluster a refusé les identifiants du contexte %2. %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TLS error: %1</source>
        <translation>Erreur TLS : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stale: showing data as of %1 (%2 old). </source>
        <translation>Obsolète : affichage des données du %1 (âge : %2). </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>TLS verification is turned off for context %1 (insecure-skip-tls-verify): anyone on the network path could read or change what you see and do here.</source>
        <translation>La vérification TLS est désactivée pour le contexte %1 (insecure-skip-tls-verify) : toute personne sur le chemin réseau pourrait lire ou modifier ce que vous voyez et faites ici.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutProgressDelegate</name>
    <message>
        <location filename="../ui/rolloutprogressdelegate.cpp" line="+20" />
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+22" />
        <source>last progress %1 ago, deadline %2</source>
        <translation>dernière progression il y a %1, échéance %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline %1</source>
        <translation>échéance %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutTimelineModel</name>
    <message>
        <location filename="../ui/rollouttimelinemodel.cpp" line="+82" />
        <source>Revision %1 created (%2)</source>
        <translation>Révision %1 créée (%2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 became %2 (%3)</source>
        <translation>%1 est devenu %2 (%3)</translation>
    </message>
    <message>
        <location line="+13" />
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutsPage</name>
    <message>
        <location filename="../ui/rolloutspage.cpp" line="+114" />
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+121" />
        <source>the estate names no Kubernetes context for this environment</source>
        <translation>le parc ne désigne aucun contexte Kubernetes pour cet environnement</translation>
    </message>
    <message>
        <location line="+121" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The estate has no environments.</source>
        <translation>Le parc ne contient aucun environnement.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No estate loaded.</source>
        <translation>Aucun parc chargé.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>there is no connection to this environment's cluster.</source>
        <translation>il n'y a aucune connexion au cluster de cet environnement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the connection to the cluster is not live (%1).</source>
        <translation>la connexion au cluster n'est pas active (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no control store is connected, so actions could not be recorded in the audit log.</source>
        <translation>aucune base de contrôle n'est connectée, les actions ne pourraient donc pas être enregistrées dans le journal d'audit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an action is in progress.</source>
        <translation>une action est en cours.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not sent: there is no connection to the cluster of %1.</source>
        <translation>Non envoyé : il n'y a aucune connexion au cluster de %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not sent: no control store is connected to record the action in the audit log.</source>
        <translation>Non envoyé : aucune base de contrôle n'est connectée pour enregistrer l'action dans le journal d'audit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not sent: a reason is required.</source>
        <translation>Non envoyé : une raison est obligatoire.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Sending: %1 on %2…</source>
        <translation>Envoi : %1 sur %2…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 on %2 was not carried out: %3</source>
        <translation>%1 sur %2 n'a pas été effectué : %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 — nothing changed, so nothing was recorded.</source>
        <translation>%1 — rien n'a changé, rien n'a donc été enregistré.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, but it could not be recorded: the control store is gone.</source>
        <translation>%1, mais cela n'a pas pu être enregistré : la base de contrôle n'est plus disponible.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, but recording it in the audit log failed: %2</source>
        <translation>%1, mais l'enregistrement dans le journal d'audit a échoué : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — recorded in the audit log (entry %2, by %3).</source>
        <translation>%1 — enregistré dans le journal d'audit (entrée %2, par %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, but recording it in the audit log was cancelled.</source>
        <translation>%1, mais l'enregistrement dans le journal d'audit a été annulé.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The action was cancelled.</source>
        <translation>L'action a été annulée.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+24" />
        <source>&amp;Embedded (a private PostgreSQL in your data folder)</source>
        <translation>&amp;Intégrée (un PostgreSQL privé dans votre dossier de données)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared &amp;server</source>
        <translation>&amp;Serveur partagé</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Control store</source>
        <translation>Base de pilotage</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes take effect the next time Gatehouse starts.</source>
        <translation>Les modifications prendront effet au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The password is kept in the system keychain as %1; it is never written to the settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système sous %1 ; il n'est jamais écrit dans les paramètres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>⚠ Enter a URL of the form postgresql://user@host:port/database.</source>
        <translation>⚠ Saisissez une URL de la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>⚠ Do not put the password in the URL; use the password field.</source>
        <translation>⚠ Ne mettez pas le mot de passe dans l'URL ; utilisez le champ mot de passe.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>⚠ The password could not be stored in the keychain: %1</source>
        <translation>⚠ Le mot de passe n'a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SiteDetailPane</name>
    <message>
        <location filename="../ui/sitedetailpane.cpp" line="+38" />
        <source>Wave picking</source>
        <translation>Préparation par vagues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Carrier cutoff</source>
        <translation>Heure limite transporteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inventory count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+51" />
        <location line="+42" />
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+12" />
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>from %1 for %n day(s)</source>
        <translation>
            <numerusform>à partir de %1 pendant %n jour</numerusform>
            <numerusform>à partir de %1 pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (next day)</source>
        <translation>%1 (lendemain)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a site to see its operating cycles.</source>
        <translation>Sélectionnez un site pour voir ses cycles d'exploitation.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>&amp;Operating cycles (%n)</source>
        <translation>
            <numerusform>&amp;Cycles d'exploitation (%n)</numerusform>
            <numerusform>&amp;Cycles d'exploitation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n operating cycle(s)</source>
        <translation>
            <numerusform>%n cycle d'exploitation</numerusform>
            <numerusform>%n cycles d'exploitation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n critical to avoid</source>
        <translation>
            <numerusform>%n critique à éviter</numerusform>
            <numerusform>%n critiques à éviter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holiday sets</source>
        <translation>Calendriers de jours fériés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (unknown time zone)</source>
        <translation>%1 (fuseau horaire inconnu)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — now %2</source>
        <translation>%1 — actuellement %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>once</source>
        <translation>une fois</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SourceViewer</name>
    <message>
        <location filename="../ui/sourceviewer.cpp" line="+15" />
        <source>Activate an error to see its place in the estate file.</source>
        <translation>Activez une erreur pour voir son emplacement dans le fichier du parc.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+120" />
        <source>Release calendar timeline</source>
        <translation>Frise du calendrier des mises en production</translation>
    </message>
    <message>
        <location line="+690" />
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
    <message>
        <location line="+246" />
        <source>Times in</source>
        <translation>Heures en</translation>
    </message>
    <message numerus="yes">
        <location line="+161" />
        <source>%n hard conflict(s)</source>
        <translation>
            <numerusform>%n conflit bloquant</numerusform>
            <numerusform>%n conflits bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n soft</source>
        <translation>
            <numerusform>%n non bloquant</numerusform>
            <numerusform>%n non bloquants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>no conflicts</source>
        <translation>aucun conflit</translation>
    </message>
    <message>
        <location line="+395" />
        <source>Partner %1 via %2</source>
        <translation>Partenaire %1 via %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Processes: %1</source>
        <translation>Processus : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impact: %1</source>
        <translation>Impact : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Allowed: %1</source>
        <translation>Autorisés : %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Hard</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Soft</source>
        <translation>Non bloquant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::Wallboard</name>
    <message>
        <location filename="../ui/wallboard.cpp" line="+17" />
        <source>Gatehouse wall board</source>
        <translation>Tableau mural Gatehouse</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No environments in the estate.</source>
        <translation>Aucun environnement dans le parc.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Environment %1 of %2 · next every %3 s · Esc leaves</source>
        <translation>Environnement %1 sur %2 · suivant toutes les %3 s · Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message>
        <location filename="../ui/graphedgeitem.cpp" line="+47" />
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <location line="+68" />
        <source>sync</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>batch</source>
        <translation>par lots</translation>
    </message>
</context>
<context>
    <name>GraphLayoutEngine</name>
    <message>
        <location filename="../services/graphlayout.cpp" line="+148" />
        <source>Graphviz could not be initialised.</source>
        <translation>Graphviz n'a pas pu être initialisé.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The node "%1" appears twice in the graph.</source>
        <translation>Le nœud « %1 » apparaît deux fois dans le graphe.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The edge %1 → %2 names a node that is not in the graph.</source>
        <translation>L'arête %1 → %2 désigne un nœud absent du graphe.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz n'a pas pu disposer le graphe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz n'a pas pu disposer le graphe : %1</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <location filename="../ui/graphnodeitem.cpp" line="+51" />
        <source>✓ contract</source>
        <translation>✓ contrat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✗ contract</source>
        <translation>✗ contrat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>? contract</source>
        <translation>? contrat</translation>
    </message>
    <message>
        <location line="+196" />
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Kind: %1 · Criticality: %2 · Owner: %3</source>
        <translation>Type : %1 · Criticité : %2 · Propriétaire : %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Success rate: %1</source>
        <translation>Taux de réussite : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(stale, last good data %1)</source>
        <translation>(périmé, dernières données valides %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(as of %1)</source>
        <translation>(au %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contract: %1</source>
        <translation>Contrat de données : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changed by the selected change.</source>
        <translation>Modifiée par le changement sélectionné.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fails: %1</source>
        <translation>Échoue : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Degrades: %1</source>
        <translation>Se dégrade : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upstream of the selection: the selection depends on it.</source>
        <translation>En amont de la sélection : la sélection en dépend.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downstream of the selection: it depends on the selection.</source>
        <translation>En aval de la sélection : elle dépend de la sélection.</translation>
    </message>
    <message>
        <location line="-231" />
        <source>selected</source>
        <translation>sélectionnée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>◀ upstream</source>
        <translation>◀ amont</translation>
    </message>
    <message>
        <location line="+2" />
        <source>downstream ▶</source>
        <translation>aval ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● changed</source>
        <translation>● modifiée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✖ fails</source>
        <translation>✖ échoue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚠ degrades</source>
        <translation>⚠ se dégrade</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <location filename="../app/auditcommand.cpp" line="+6" />
        <source>Verify the control store's audit chain</source>
        <translation>Vérifier la chaîne d'audit du magasin de contrôle</translation>
    </message>
    <message>
        <location filename="../app/calendarcommand.cpp" line="+568" />
        <source>List the business calendar (cycles, slots, freezes, holidays) over a range</source>
        <translation>Lister le calendrier métier (cycles, créneaux, gels, jours fériés) sur une période</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a change window against the business calendar</source>
        <translation>Vérifier une fenêtre de changement par rapport au calendrier métier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find the next safe windows for a change</source>
        <translation>Trouver les prochaines fenêtres sûres pour un changement</translation>
    </message>
    <message>
        <location filename="../app/contractscommand.cpp" line="+16" />
        <source>Check the integrations' data contracts against an environment's Odoo database.</source>
        <translation>Vérifier les contrats de données des intégrations par rapport à la base de données Odoo d'un environnement.</translation>
    </message>
    <message>
        <location filename="../app/driftcommand.cpp" line="+9" />
        <source>Compare the Odoo modules of two environments' databases.</source>
        <translation>Comparer les modules Odoo des bases de données de deux environnements.</translation>
    </message>
    <message>
        <location filename="../app/gatecommand.cpp" line="+74" />
        <source>Check every gate of a change for an environment</source>
        <translation>Vérifier chaque point de contrôle (gate) d'un changement pour un environnement</translation>
    </message>
    <message>
        <location filename="../app/policycommand.cpp" line="+12" />
        <source>Compare or apply the estate's policy to the control store</source>
        <translation>Comparer la politique du parc à celle de la base de contrôle ou l'y appliquer</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../models/icswriter.cpp" line="+40" />
        <source>Operating cycle</source>
        <translation>Cycle d'exploitation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partner slot</source>
        <translation>Créneau partenaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Business cycle</source>
        <translation>Cycle métier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Freeze</source>
        <translation>Gel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Impact: %1</source>
        <translation>Impact : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites: %1</source>
        <translation>Sites : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environments: %1</source>
        <translation>Environnements : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Processes: %1</source>
        <translation>Processus : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Allowed change types: %1</source>
        <translation>Types de changement autorisés : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Change #%1: %2 (%3)</source>
        <translation>Changement #%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations: %1</source>
        <translation>Intégrations : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads: %1</source>
        <translation>Charges de travail : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>KubeWatchDecoder</name>
    <message>
        <location filename="../services/kubewatchdecoder.cpp" line="+42" />
        <source>The watch stream contains something other than JSON objects.</source>
        <translation>Le flux de surveillance (watch) contient autre chose que des objets JSON.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>A watch event is not valid JSON (%1).</source>
        <translation>Un événement de surveillance (watch) n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A watch event has an unknown type.</source>
        <translation>Un événement de surveillance (watch) a un type inconnu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A watch event is larger than %1 MiB.</source>
        <translation>Un événement de surveillance (watch) dépasse %1 MiB.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../app/commandsupport.cpp" line="+28" />
        <source>The estate has errors: fix them first (gatehouse validate).</source>
        <translation>Le parc contient des erreurs : corrigez-les d'abord (gatehouse validate).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>Il n'y a pas d'environnement « %1 » dans le parc.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: environment "%2" has no odooDatabase, so its Odoo database cannot be read.</source>
        <translation>%1 : l'environnement « %2 » n'a pas d'odooDatabase, sa base de données Odoo ne peut donc pas être lue.</translation>
    </message>
</context>
<context>
    <name>ModuleDrift</name>
    <message>
        <location filename="../models/moduledrift.cpp" line="+14" />
        <source>an unknown version</source>
        <translation>une version inconnue</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+4" />
        <source>%1 runs %2 %3 but %4 does not have it installed (%5)</source>
        <translation>%1 exécute %2 %3 mais %4 ne l'a pas installé (%5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 runs %2 %3 but %4 %5</source>
        <translation>%1 exécute %2 %3 mais %4 %5</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Module drift could not be checked: %1</source>
        <translation>La dérive des modules n'a pas pu être vérifiée : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n module difference(s) between %1 and %2 that the change does not explain.</source>
        <translation>
            <numerusform>%n différence de modules entre %1 et %2 que le changement n'explique pas.</numerusform>
            <numerusform>%n différences de modules entre %1 et %2 que le changement n'explique pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No unexplained module drift between %1 and %2.</source>
        <translation>Aucune dérive de modules inexpliquée entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (explained by the change)</source>
        <translation>%1 (expliqué par le changement)</translation>
    </message>
</context>
<context>
    <name>ReleaseReport</name>
    <message>
        <location filename="../services/releasereport.cpp" line="+42" />
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Release report</source>
        <translation>Rapport de release</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Release %1 — outcome: %2</source>
        <translation>Release %1 — résultat : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created by %1 at %2</source>
        <translation>Créé par %1 le %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report generated at %1</source>
        <translation>Rapport généré le %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+7" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+19" />
        <location line="+25" />
        <location line="+15" />
        <location line="+36" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="-95" />
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+83" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Started (UTC)</source>
        <translation>Démarré (UTC)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baking since</source>
        <translation>En observation depuis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changes and approvals</source>
        <translation>Changements et approbations</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2) %3 at %4%5</source>
        <translation>%1 (%2) %3 le %4%5</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, void: %1</source>
        <translation>, caduque : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pre-approved standard change (policy version %1)</source>
        <translation>changement standard pré-approuvé (version de politique %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+25" />
        <location line="+15" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gates and evidence</source>
        <translation>Contrôles et preuves</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+15" />
        <source>Gate</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary and evidence</source>
        <translation>Résumé et preuves</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gate overrides</source>
        <translation>Dérogations aux contrôles</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No gate was overridden.</source>
        <translation>Aucune dérogation à un contrôle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>During (highest)</source>
        <translation>Pendant (valeur max.)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No migration phase: no restore point was needed.</source>
        <translation>Aucune phase de migration : aucun point de restauration n'était nécessaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0" />
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Actions taken</source>
        <translation>Actions effectuées</translation>
    </message>
    <message>
        <location line="-39" />
        <location line="+43" />
        <location line="+13" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+13" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+43" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+42" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit trail</source>
        <translation>Piste d'audit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Audit chain verified: %1 records, intact.</source>
        <translation>Chaîne d'audit vérifiée : %1 enregistrements, intacte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit chain BROKEN: %1 records checked, %2 problems.</source>
        <translation>Chaîne d'audit ROMPUE : %1 enregistrements contrôlés, %2 problèmes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Release report: %1</source>
        <translation>Rapport de release : %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The report %1 came out empty.</source>
        <translation>Le rapport %1 est vide.</translation>
    </message>
</context>
<context>
    <name>ReleaseStyle</name>
    <message>
        <location filename="../ui/releasestyle.cpp" line="+25" />
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+19" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+23" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for bake</source>
        <translation>En observation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rolling back</source>
        <translation>Retour arrière en cours</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Canary</source>
        <translation>Canari</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rest of the rollout</source>
        <translation>Suite du déploiement</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Breach</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for data</source>
        <translation>En attente de données</translation>
    </message>
</context>
<context>
    <name>RolloutActions</name>
    <message>
        <location filename="../ui/rolloutaction.cpp" line="+9" />
        <source>Set image…</source>
        <translation>Définir l'image…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale…</source>
        <translation>Mettre à l'échelle…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The deployment has no containers.</source>
        <translation>Le Deployment n'a aucun conteneur.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment is already paused.</source>
        <translation>Le Deployment est déjà en pause.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment is not paused.</source>
        <translation>Le Deployment n'est pas en pause.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A paused deployment cannot be restarted; resume it first.</source>
        <translation>Un Deployment en pause ne peut pas être redémarré ; reprenez-le d'abord.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A paused deployment cannot be rolled back; resume it first.</source>
        <translation>Un Deployment en pause ne peut pas revenir en arrière ; reprenez-le d'abord.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no earlier revision to roll back to.</source>
        <translation>Il n'existe aucune révision antérieure vers laquelle revenir.</translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <location filename="../models/sourcestate.h" line="+65" />
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../services/storeerrors.cpp" line="+37" />
        <source>%1 or %2</source>
        <comment>alternatives</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6" />
        <source>production</source>
        <comment>tier</comment>
        <translation>production</translation>
    </message>
    <message>
        <location line="+2" />
        <source>staging</source>
        <comment>tier</comment>
        <translation>préproduction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>development</source>
        <comment>tier</comment>
        <translation>développement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>default</source>
        <comment>tier</comment>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+7" />
        <source>draft</source>
        <comment>change state</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>submitted</source>
        <comment>change state</comment>
        <translation>soumis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessed</source>
        <comment>change state</comment>
        <translation>évalué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <comment>change state</comment>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <comment>change state</comment>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>scheduled</source>
        <comment>change state</comment>
        <translation>planifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in-progress</source>
        <comment>change state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <comment>change state</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolled-back</source>
        <comment>change state</comment>
        <translation>retour arrière effectué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <comment>change state</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <comment>change state</comment>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+13" />
        <source>submitted</source>
        <comment>transition</comment>
        <translation>soumis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessed</source>
        <comment>transition</comment>
        <translation>évalué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <comment>transition</comment>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <comment>transition</comment>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent back for changes</source>
        <comment>transition</comment>
        <translation>renvoyé pour modifications</translation>
    </message>
    <message>
        <location line="+1" />
        <source>scheduled</source>
        <comment>transition</comment>
        <translation>planifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>started</source>
        <comment>transition</comment>
        <translation>démarré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reviewed</source>
        <comment>transition</comment>
        <translation>revu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <comment>transition</comment>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>released</source>
        <comment>transition</comment>
        <translation>livré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unscheduled</source>
        <comment>transition</comment>
        <translation>déplanifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rescheduled</source>
        <comment>transition</comment>
        <translation>replanifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>changed in scope</source>
        <comment>transition</comment>
        <translation>modifié dans son périmètre</translation>
    </message>
    <message>
        <location line="+7" />
        <source>marked %1</source>
        <comment>transition</comment>
        <translation>marqué %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>create changes</source>
        <translation>créer des changements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change the scope of someone else's change</source>
        <translation>modifier le périmètre du changement d'une autre personne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reschedule someone else's change</source>
        <translation>replanifier le changement d'une autre personne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>submit someone else's change</source>
        <translation>soumettre le changement d'une autre personne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assess changes</source>
        <translation>évaluer des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decide on changes</source>
        <translation>décider des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>schedule changes</source>
        <translation>planifier des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unschedule changes</source>
        <translation>déplanifier des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start changes</source>
        <translation>démarrer des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>finish changes</source>
        <translation>terminer des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review emergency changes</source>
        <translation>revoir des changements d'urgence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close changes</source>
        <translation>clôturer des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comment on changes</source>
        <translation>commenter des changements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>override a freeze</source>
        <translation>déroger à un gel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>override gates</source>
        <translation>déroger aux contrôles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>apply policies</source>
        <translation>appliquer des politiques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grant break-glass access</source>
        <translation>accorder un accès break-glass</translation>
    </message>
    <message>
        <location line="+1" />
        <source>create releases</source>
        <translation>créer des releases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>drive releases</source>
        <translation>piloter des releases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>continue releases</source>
        <translation>poursuivre des releases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>roll releases back</source>
        <translation>effectuer le retour arrière de releases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pause releases</source>
        <translation>mettre des releases en pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>act on rollouts</source>
        <translation>agir sur des déploiements</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approve as %1</source>
        <translation>approuver en tant que %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>override the freeze %1</source>
        <translation>déroger au gel %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>permission denied: only %1 may %2</source>
        <translation>permission refusée : l'action « %2 » est réservée aux rôles suivants : %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>permission denied: the %1 policy (version %2) lets only %3 %4, and %5 holds none of these roles</source>
        <translation>permission refusée : la politique %1 (version %2) ne permet l'action « %4 » qu'aux rôles suivants : %3, et %5 ne détient aucun de ces rôles</translation>
    </message>
    <message>
        <location line="+9" />
        <source>permission denied: the %1 policy (version %2) lets only %3 %4, not %5</source>
        <translation>permission refusée : la politique %1 (version %2) ne permet l'action « %4 » qu'aux rôles suivants : %3, et non à %5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>permission denied: %1 holds none of the roles the %2 policy asks to approve (%3)</source>
        <translation>permission refusée : %1 ne détient aucun des rôles que la politique %2 exige pour approuver (%3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the %1 policy does not ask for a %2 approval</source>
        <translation>la politique %1 n'exige aucune approbation du rôle %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no policy has been applied to the control store yet</source>
        <translation>aucune politique n'a encore été appliquée à la base de contrôle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>policy version %1 does not cover environment %2</source>
        <translation>la version de politique %1 ne couvre pas l'environnement %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>policy version %1 has no rules for tier %2</source>
        <translation>la version de politique %1 n'a aucune règle pour le niveau %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the policy for this tier has no emergency path</source>
        <translation>la politique de ce niveau ne prévoit pas de procédure d'urgence</translation>
    </message>
    <message>
        <location line="+3" />
        <source>risk score %1 exceeds the maximum %2 of the %3 policy</source>
        <translation>le score de risque %1 dépasse le maximum de %2 fixé par la politique %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>separation of duties: %1 requested change %2 and cannot approve it</source>
        <translation>séparation des tâches : %1 a demandé le changement %2 et ne peut pas l'approuver</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 implements change %2 and cannot approve it</source>
        <translation>séparation des tâches : %1 met en œuvre le changement %2 et ne peut pas l'approuver</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 has already approved change %2 (one person fills one required role)</source>
        <translation>séparation des tâches : %1 a déjà approuvé le changement %2 (une personne ne remplit qu'un seul rôle requis)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>separation of duties: %1 requested change %2 and cannot decide on it</source>
        <translation>séparation des tâches : %1 a demandé le changement %2 et ne peut pas en décider</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 approved change %2 and cannot implement it</source>
        <translation>séparation des tâches : %1 a approuvé le changement %2 et ne peut pas le mettre en œuvre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot review a change they requested or implemented</source>
        <translation>séparation des tâches : %1 ne peut pas revoir un changement qu'il a lui-même demandé ou mis en œuvre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot override a freeze for their own change</source>
        <translation>séparation des tâches : %1 ne peut pas déroger à un gel pour son propre changement</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot override gates of their own change</source>
        <translation>séparation des tâches : %1 ne peut pas déroger aux contrôles de son propre changement</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: an administrator cannot grant break-glass access to themselves</source>
        <translation>séparation des tâches : un administrateur ne peut pas s'accorder à lui-même un accès break-glass</translation>
    </message>
    <message>
        <location line="+4" />
        <source>change %1 does not exist</source>
        <translation>le changement %1 n'existe pas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>change %1 is %2: it cannot be %3</source>
        <translation>le changement %1 est à l'état « %2 » : il ne peut pas être %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>infrastructure changes are kept apart from application changes: file them as a separate change</source>
        <translation>les changements d'infrastructure sont séparés des changements applicatifs : déposez-les sous forme de changement distinct</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a reschedule needs a reason</source>
        <translation>une replanification nécessite un motif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>say why in a comment</source>
        <translation>indiquez le motif dans un commentaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown outcome %1</source>
        <translation>résultat inconnu %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change %1 needs no post-implementation review</source>
        <translation>le changement %1 ne nécessite pas de revue post-mise en œuvre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change %1 was already reviewed</source>
        <translation>le changement %1 a déjà été revu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a review needs its findings in a comment</source>
        <translation>une revue nécessite que ses constats soient consignés dans un commentaire</translation>
    </message>
    <message>
        <location line="+4" />
        <source>emergency change %1 cannot be closed before the CAB's post-implementation review</source>
        <translation>le changement d'urgence %1 ne peut pas être clôturé avant la revue post-mise en œuvre du CAB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>returning a scheduled change to approved needs a reason</source>
        <translation>ramener un changement planifié à l'état approuvé nécessite un motif</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a freeze override needs the rule and a reason</source>
        <translation>une dérogation au gel nécessite la règle et un motif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a gate override needs the gate and a reason</source>
        <translation>une dérogation à un contrôle nécessite le contrôle et un motif</translation>
    </message>
    <message>
        <location line="+4" />
        <source>break-glass access cannot grant role %1</source>
        <translation>un accès break-glass ne peut pas accorder le rôle %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>break-glass access needs a reason</source>
        <translation>un accès break-glass nécessite un motif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>break-glass access must expire within the next 24 hours</source>
        <translation>un accès break-glass doit expirer dans les 24 prochaines heures</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no login role %1</source>
        <translation>le rôle de connexion %1 n'existe pas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a policy document needs "tiers" and "environments" objects</source>
        <translation>un document de politique nécessite des objets "tiers" et "environments"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>policy for tier %1 is not an object</source>
        <translation>la politique du niveau %1 n'est pas un objet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>policy for tier %1: approval %2 is not a known role with a count of at least 1</source>
        <translation>politique du niveau %1 : l'approbation %2 n'est pas un rôle connu avec un nombre d'au moins 1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>policy for tier %1: %2OverrideRoles must be a list of known roles</source>
        <translation>politique du niveau %1 : %2OverrideRoles doit être une liste de rôles connus</translation>
    </message>
    <message>
        <location line="+4" />
        <source>audit_log is append-only: %1 is not allowed</source>
        <translation>audit_log n'accepte que des ajouts : %1 n'est pas autorisé</translation>
    </message>
    <message>
        <location line="+32" />
        <source>requester</source>
        <comment>role</comment>
        <translation>demandeur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cab-member</source>
        <comment>role</comment>
        <translation>membre du CAB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>business-owner</source>
        <comment>role</comment>
        <translation>responsable métier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>release-manager</source>
        <comment>role</comment>
        <translation>responsable de release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>support</source>
        <comment>role</comment>
        <translation>support</translation>
    </message>
    <message>
        <location line="+2" />
        <source>admin</source>
        <comment>role</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nobody</source>
        <comment>role</comment>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="+54" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n file(s)</source>
        <translation>
            <numerusform>dans %n fichier</numerusform>
            <numerusform>dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1: valid — %n file(s) checked</source>
        <translation>
            <numerusform>%1 : valide — %n fichier vérifié</numerusform>
            <numerusform>%1 : valide — %n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
</TS>
