<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClientPanel</name>
    <message>
        <source>&lt;b&gt;Client&lt;/b&gt;</source>
        <translation>&lt;b&gt;Client&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <source>The address to connect to, such as ws://host:port/ws/</source>
        <translation>L&apos;adresse à laquelle se connecter, par exemple ws://hôte:port/ws/</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Empties the client&apos;s log</source>
        <translation>Vide le journal du client</translation>
    </message>
    <message>
        <source>Client log</source>
        <translation>Journal du client</translation>
    </message>
    <message>
        <source>What the client did: connecting, messages sent and received, closing</source>
        <translation>Ce qu&apos;a fait le client : connexion, messages envoyés et reçus, fermeture</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Auto-reconnect</source>
        <translation>Reco&amp;nnexion automatique</translation>
    </message>
    <message>
        <source>When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s</source>
        <translation>Si la connexion est perdue, se reconnecter après 1 s, puis 2, 4 ... jusqu&apos;à 30 s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting to reconnect</source>
        <translation>Ne plus attendre pour se reconnecter</translation>
    </message>
    <message>
        <source>Stop reconnecting</source>
        <translation>Arrêter la reconnexion</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <source>Send a ping and log how long the pong takes</source>
        <translation>Envoyer un ping et noter dans le journal le délai du pong</translation>
    </message>
    <message>
        <source>Auto-pin&amp;g:</source>
        <translation>Pin&amp;g automatique :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Ping every so many seconds while connected</source>
        <translation>Envoyer un ping toutes les N secondes pendant la connexion</translation>
    </message>
    <message>
        <source>Auto-ping interval in seconds</source>
        <translation>Intervalle du ping automatique en secondes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Messages sent before (Up/Down in the message box too)</source>
        <translation>Messages déjà envoyés (aussi avec Haut/Bas dans la zone de message)</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Snipp&amp;ets</source>
        <translation>E&amp;xtraits</translation>
    </message>
    <message>
        <source>Messages kept by name</source>
        <translation>Messages enregistrés sous un nom</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problème avec le message</translation>
    </message>
    <message>
        <source>Client log and its filter</source>
        <translation>Journal du client et son filtre</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Rien envoyé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Save Message as Snippet...</source>
        <translation>&amp;Enregistrer le message comme extrait...</translation>
    </message>
    <message>
        <source>%1 (hex)</source>
        <translation>%1 (hex)</translation>
    </message>
    <message>
        <source>&amp;Delete Snippet</source>
        <translation>&amp;Supprimer un extrait</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Enregistrer l&apos;extrait</translation>
    </message>
    <message>
        <source>Name of the snippet (the same name replaces it):</source>
        <translation>Nom de l&apos;extrait (le même nom le remplace) :</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Extra request &amp;headers, one &quot;Name: value&quot; a line:</source>
        <translation>&amp;En-têtes de requête supplémentaires, un &quot;Nom: valeur&quot; par ligne :</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>En-têtes de requête supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Subprotocols to offer, comma-separated:</source>
        <translation>&amp;Sous-protocoles à proposer, séparés par des virgules :</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Sous-protocoles</translation>
    </message>
    <message>
        <source>Used from the next connection on, for this session only.</source>
        <translation>Utilisés à partir de la prochaine connexion, pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Handsha&amp;ke...</source>
        <translation>Négociati&amp;on...</translation>
    </message>
    <message>
        <source>Handsha&amp;ke (%1)...</source>
        <translation>Négociati&amp;on (%1)...</translation>
    </message>
    <message>
        <source>Extra request headers and subprotocols for the handshake</source>
        <translation>En-têtes de requête supplémentaires et sous-protocoles pour la négociation</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>En-têtes : %1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>Sous-protocoles : %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconnexion dans %1 s</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Trust this certificate for this session?</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé. Faire confiance à ce certificat pour cette session ?</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256 fingerprint:
%2</source>
        <translation>Sujet : %1
Empreinte SHA-256 :
%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Clear L&amp;og</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Faire confiance pour cette session</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Send the message as text, as JSON checked before it goes, or its hex or base64 bytes as a binary message</source>
        <translation>Envoyer le message en texte, en JSON vérifié avant envoi, ou ses octets hex ou base64 en message binaire</translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)</source>
        <translation>Texte à envoyer (Ctrl+Entrée envoie, Entrée ajoute une ligne, Haut/Bas pour l&apos;historique)</translation>
    </message>
    <message>
        <source>JSON such as {&quot;type&quot;: &quot;subscribe&quot;} (checked before it is sent; Ctrl+Enter sends)</source>
        <translation>JSON comme {&quot;type&quot;: &quot;subscribe&quot;} (vérifié avant envoi ; Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)</source>
        <translation>Octets hex comme 48 65 6c 6c 6f (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Base64 such as SGVsbG8= (Ctrl+Enter sends)</source>
        <translation>Base64 comme SGVsbG8= (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formater</translation>
    </message>
    <message>
        <source>Indents the JSON message, a member a line</source>
        <translation>Indente le message JSON, un membre par ligne</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacter</translation>
    </message>
    <message>
        <source>Writes the JSON message on one line, without spaces</source>
        <translation>Écrit le message JSON sur une ligne, sans espaces</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Envoyer un fichier…</translation>
    </message>
    <message>
        <source>Sends a file&apos;s bytes as one binary message</source>
        <translation>Envoie les octets d&apos;un fichier en un message binaire</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter in the message box)</source>
        <translation>Envoie le message (Ctrl+Entrée dans la zone de message)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON : %1</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>%1 is larger than %2: not sent.</source>
        <translation>%1 dépasse %2 : non envoyé.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>%1 (base64)</source>
        <translation>%1 (base64)</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>New Connection Tab</source>
        <translation>Nouvel onglet de connexion</translation>
    </message>
    <message>
        <source>Opens another connection in a tab of its own (Ctrl+T)</source>
        <translation>Ouvre une autre connexion dans son propre onglet (Ctrl+T)</translation>
    </message>
    <message>
        <source>Close Connection Tab</source>
        <translation>Fermer l&apos;onglet de connexion</translation>
    </message>
    <message>
        <source>Next Connection Tab</source>
        <translation>Onglet de connexion suivant</translation>
    </message>
    <message>
        <source>Previous Connection Tab</source>
        <translation>Onglet de connexion précédent</translation>
    </message>
    <message>
        <source>New connection tab</source>
        <translation>Nouvel onglet de connexion</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>Connexions du client</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>Shows the saved connections: save this tab, open, export, import</source>
        <translation>Affiche les connexions enregistrées : enregistrer cet onglet, ouvrir, exporter, importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connexions enregistrées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Enter or a double click opens one in a tab</source>
        <translation>Entrée ou un double-clic en ouvre une dans un onglet</translation>
    </message>
    <message>
        <source>Save Tab…</source>
        <translation>Enregistrer l&apos;onglet…</translation>
    </message>
    <message>
        <source>Saves this tab&apos;s URL, headers, subprotocols, snippets, message mode, auto-ping and auto-reconnect by name</source>
        <translation>Enregistre sous un nom l&apos;URL, les en-têtes, les sous-protocoles, les extraits, le mode du message, le ping et la reconnexion automatiques de cet onglet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Header values that may be secrets go too, marked as such</source>
        <translation>Les valeurs d&apos;en-têtes qui peuvent être secrètes sont incluses, marquées comme telles</translation>
    </message>
    <message>
        <source>Export Without Secrets…</source>
        <translation>Exporter sans les secrets…</translation>
    </message>
    <message>
        <source>Authorization, Cookie and other secret headers keep their names and lose their values</source>
        <translation>Authorization, Cookie et les autres en-têtes secrets gardent leur nom et perdent leur valeur</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of connections.</source>
        <translation>%1 est trop grand pour une liste de connexions.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>%n connexion importée.</numerusform>
            <numerusform>%n connexions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>%n valeur d&apos;en-tête secrète n&apos;était pas dans le fichier : donnez-la dans Négociation… avant de vous connecter.</numerusform>
            <numerusform>%n valeurs d&apos;en-têtes secrètes n&apos;étaient pas dans le fichier : donnez-les dans Négociation… avant de vous connecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Name of the connection (the same name replaces it):</source>
        <translation>Nom de la connexion (le même nom la remplace) :</translation>
    </message>
    <message>
        <source>Export the Connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Export Without Secrets</source>
        <translation>Exporter sans les secrets</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a button that opens the saved connection chosen</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the state of a connection</comment>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>the state of a connection</comment>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the state of a connection</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>the state of a connection</comment>
        <translation>Échouée</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the server without a window, logging to the terminal.</source>
        <translation>Exécuter le serveur sans fenêtre, en journalisant dans le terminal.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 8888; 0 picks a free port).</source>
        <translation>Écouter sur &lt;port&gt; (par défaut 8888 ; 0 choisit un port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1, this computer only; 0.0.0.0 or :: for every interface).</source>
        <translation>Écouter sur &lt;adresse&gt; (par défaut 127.0.0.1, cet ordinateur uniquement ; 0.0.0.0 ou :: pour toutes les interfaces).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Close a WebSocket (1009) that sends a message or frame over &lt;bytes&gt; (default 10485760, 10 MiB).</source>
        <translation>Fermer (1009) un WebSocket qui envoie un message ou une trame de plus de &lt;octets&gt; (par défaut 10485760, 10 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond &lt;n&gt; at once (default 10000).</source>
        <translation>Répondre 503 aux connexions au-delà de &lt;n&gt; simultanées (par défaut 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also let pages from &lt;origin&gt; open a WebSocket (e.g. https://example.com; * allows every origin). Repeatable. Pages served by Duplex itself, and clients that send no Origin, are always allowed.</source>
        <translation>Permettre aussi aux pages de &lt;origine&gt; d&apos;ouvrir un WebSocket (p. ex. https://example.com ; * autorise toutes les origines). Répétable. Les pages servies par Duplex lui-même, et les clients qui n&apos;envoient pas d&apos;en-tête Origin, sont toujours autorisés.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>With --headless: log connections, closes and warnings, but not every message and page request.</source>
        <translation>Avec --headless : journaliser les connexions, les fermetures et les avertissements, mais pas chaque message ni chaque requête de page.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: one of %1 (default: the system&apos;s language).</source>
        <translation>Parler la &lt;langue&gt; indiquée, parmi %1 (par défaut : la langue du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argument inattendu &quot;%1&quot; ; voir --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; Duplex speaks %2.</source>
        <translation>Langue inconnue &quot;%1&quot; ; Duplex parle %2.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Le port doit être un nombre de 0 à 65535, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not &quot;%1&quot;.</source>
        <translation>L&apos;adresse d&apos;écoute doit être une adresse IP comme 127.0.0.1, 0.0.0.0 ou ::, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-message-size must be a number of bytes from 1 to 2147483648, not &quot;%1&quot;.</source>
        <translation>--max-message-size doit être un nombre d&apos;octets de 1 à 2147483648, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--max-connections doit être un nombre de 1 à 1000000, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.com:8443 or *, not &quot;%1&quot;.</source>
        <translation>--allow-origin attend une origine comme https://example.com:8443 ou *, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Speak TLS on the port (https:// and wss://) with the PEM certificate in &lt;file&gt;; needs --tls-key.</source>
        <translation>Utiliser TLS sur le port (https:// et wss://) avec le certificat PEM du &lt;fichier&gt; ; nécessite --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: a PEM &lt;file&gt; without a passphrase.</source>
        <translation>La clé privée du certificat : un &lt;fichier&gt; PEM sans phrase secrète.</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key: the certificate&apos;s private key.</source>
        <translation>--tls-cert nécessite --tls-key : la clé privée du certificat.</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert: the certificate it belongs to.</source>
        <translation>--tls-key nécessite --tls-cert : le certificat auquel elle appartient.</translation>
    </message>
    <message>
        <source>Also answer to requests for the host &lt;name&gt; when listening on loopback (e.g. the server_name of a proxy in front of Duplex; * allows every name). Repeatable. localhost and the loopback addresses are always allowed.</source>
        <translation>En écoute sur la boucle locale, répondre aussi aux requêtes pour l’hôte &lt;nom&gt; (par ex. le server_name d’un proxy devant Duplex ; * autorise tout nom). Répétable. localhost et les adresses de boucle locale sont toujours autorisés.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Keep at most &lt;bytes&gt; of unfinished messages and unsent replies for all clients together; past it, the clients holding the most are closed (default: a quarter of this computer&apos;s memory).</source>
        <translation>Garder au plus &lt;octets&gt; de messages inachevés et de réponses non envoyées pour tous les clients ensemble ; au-delà, les clients qui en retiennent le plus sont fermés (par défaut : un quart de la mémoire de cet ordinateur).</translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be a number of bytes from 1048576 (1 MiB) to 70368744177664 (64 TiB), not &quot;%1&quot;.</source>
        <translation>--max-buffered-bytes doit être un nombre d’octets de 1048576 (1 Mio) à 70368744177664 (64 Tio), pas « %1 ».</translation>
    </message>
    <message>
        <source>--allow-host needs a host name or address such as example.com, without a scheme or a port (or *), not &quot;%1&quot;.</source>
        <translation>--allow-host attend un nom d’hôte ou une adresse comme example.com, sans schéma ni port (ou *), pas « %1 ».</translation>
    </message>
    <message>
        <source>Echo binary messages as they came; by default their ASCII letters are upper-cased, as the tutorial&apos;s bytes.upper() does.</source>
        <translation>Renvoyer les messages binaires tels quels ; par défaut leurs lettres ASCII sont mises en majuscules, comme le fait bytes.upper() dans le tutoriel.</translation>
    </message>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.

duplex connect &lt;url&gt; [options]: a WebSocket client for the terminal and for scripts; see duplex connect --help.</source>
        <translation>Duplex : un atelier WebSocket. Un seul port sert une page web à / et un WebSocket à /ws/ qui accueille chaque client avec &quot;Welcome!&quot; et répond à chaque message en majuscules.

duplex connect &lt;url&gt; [options] : un client WebSocket pour le terminal et pour les scripts ; voir duplex connect --help.</translation>
    </message>
    <message>
        <source>With --headless: append the log to &lt;file&gt; instead of standard error; SIGHUP opens it again (for logrotate).</source>
        <translation>Avec --headless : ajouter le journal au &lt;fichier&gt; au lieu de la sortie d&apos;erreur standard ; SIGHUP le rouvre (pour logrotate).</translation>
    </message>
    <message>
        <source>With --headless: write the log as text (default) or json (JSON Lines).</source>
        <translation>Avec --headless : écrire le journal en text (par défaut) ou en json (JSON Lines).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--log-format is text or json, not &quot;%1&quot;.</source>
        <translation>--log-format vaut text ou json, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--log-file and --log-format are for --headless: the window shows its log itself.</source>
        <translation>--log-file et --log-format sont pour --headless : la fenêtre affiche elle-même son journal.</translation>
    </message>
</context>
<context>
    <name>ConnectionModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Real client</source>
        <translation>Client réel</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msg reçus</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msg envoyés</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <source>duplex connect: a WebSocket client for the terminal and for scripts. It prints what happens as the tutorial&apos;s page does (&quot;Connection is opened ...&quot;, &quot;Message is received: ...&quot;, &quot;Connection is closed ...&quot;), each line with a time stamp, and sends every line typed on standard input as a text message; Ctrl+D closes the connection (1000). What a peer sent is shown with control characters escaped.</source>
        <translation>duplex connect : un client WebSocket pour le terminal et pour les scripts. Il affiche ce qui se passe comme le fait la page du tutoriel (&quot;Connexion ouverte ...&quot;, &quot;Message reçu : ...&quot;, &quot;Connexion fermée ...&quot;), chaque ligne avec un horodatage, et envoie comme message texte chaque ligne saisie sur l&apos;entrée standard ; Ctrl+D ferme la connexion (1000). Ce que le pair a envoyé est affiché avec les caractères de contrôle échappés.</translation>
    </message>
    <message>
        <source>ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/</source>
        <translation>adresse ws:// ou wss://, p. ex. ws://127.0.0.1:8888/ws/</translation>
    </message>
    <message>
        <source>Send &lt;message&gt; once connected, then wait (standard input is not read). Repeatable, sent in order.</source>
        <translation>Envoyer &lt;message&gt; une fois connecté, puis attendre (l&apos;entrée standard n&apos;est pas lue). Répétable, envoyés dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Exit (0) once &lt;n&gt; messages have come in, the greeting included.</source>
        <translation>Quitter (0) dès que &lt;n&gt; messages sont arrivés, message d&apos;accueil compris.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Exit &lt;seconds&gt; after the connection opened: with 0 if --expect is met or not asked, else with the time-out status.</source>
        <translation>Quitter &lt;secondes&gt; après l&apos;ouverture de la connexion : avec 0 si --expect est satisfait ou non demandé, sinon avec le statut de délai dépassé.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Give up if the connection is not open after &lt;seconds&gt; (default 10).</source>
        <translation>Abandonner si la connexion n&apos;est pas ouverte après &lt;secondes&gt; (par défaut 10).</translation>
    </message>
    <message>
        <source>Print JSON Lines instead: time, event or direction (in/out), text or hex, close code and reason.</source>
        <translation>Afficher plutôt des JSON Lines : heure, événement ou sens (in/out), texte ou hex, code et raison de la fermeture.</translation>
    </message>
    <message>
        <source>Send each message as a binary message (its UTF-8 bytes).</source>
        <translation>Envoyer chaque message comme message binaire (ses octets UTF-8).</translation>
    </message>
    <message>
        <source>Read each message as hex bytes (&quot;48 69&quot;) and send it as a binary message.</source>
        <translation>Lire chaque message comme des octets hex (&quot;48 69&quot;) et l&apos;envoyer comme message binaire.</translation>
    </message>
    <message>
        <source>Send the handshake header &quot;&lt;Name: value&gt;&quot;. Repeatable.</source>
        <translation>Envoyer l&apos;en-tête de négociation &quot;&lt;Nom: valeur&gt;&quot;. Répétable.</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>Nom: valeur</translation>
    </message>
    <message>
        <source>Offer the subprotocol &lt;name&gt; (repeatable, or several split by commas).</source>
        <translation>Proposer le sous-protocole &lt;nom&gt; (répétable, ou plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Send Origin: &lt;origin&gt;, as a page from there would.</source>
        <translation>Envoyer Origin: &lt;origine&gt;, comme le ferait une page de là-bas.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>wss://: accept the server&apos;s certificate without verifying it (says so).</source>
        <translation>wss:// : accepter le certificat du serveur sans le vérifier (en le signalant).</translation>
    </message>
    <message>
        <source>wss://: also trust the certificate authorities (or self-signed certificates) in the PEM &lt;file&gt;.</source>
        <translation>wss:// : faire aussi confiance aux autorités de certification (ou certificats auto-signés) du &lt;fichier&gt; PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Ping every &lt;seconds&gt; while connected and print each round trip.</source>
        <translation>Envoyer un ping toutes les &lt;secondes&gt; pendant la connexion et afficher chaque aller-retour.</translation>
    </message>
    <message>
        <source>When an open connection drops, connect again after a growing delay (1 s doubling to 30 s).</source>
        <translation>Quand une connexion ouverte tombe, se reconnecter après un délai croissant (1 s, doublé jusqu&apos;à 30 s).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (see duplex --help).</source>
        <translation>Parler la &lt;langue&gt; indiquée (voir duplex --help).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 a mistake on the command line; 2 no connection (refused, host not found); 3 the handshake was refused (HTTP status); 4 TLS failed or the certificate did not verify; 5 timed out (--timeout, or --expect not met within --wait); 6 the connection was cut or closed with an error code, or closed before --expect was met; 128 + N after signal N (Ctrl+C: 130).</source>
        <translation>Code de sortie : 0 terminé ; 1 une erreur dans la ligne de commande ; 2 pas de connexion (refusée, hôte introuvable) ; 3 la négociation a été refusée (statut HTTP) ; 4 échec de TLS ou certificat non vérifié ; 5 délai dépassé (--timeout, ou --expect non atteint dans le délai --wait) ; 6 la connexion a été coupée ou fermée avec un code d&apos;erreur, ou fermée avant que --expect soit atteint ; 128 + N après le signal N (Ctrl+C : 130).</translation>
    </message>
    <message>
        <source>duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see duplex connect --help.</source>
        <translation>duplex connect attend une URL, comme ws://127.0.0.1:8888/ws/ ; voir duplex connect --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see duplex connect --help.</source>
        <translation>Argument inattendu &quot;%1&quot; ; voir duplex connect --help.</translation>
    </message>
    <message>
        <source>--binary and --hex cannot go together: --hex sends binary messages too.</source>
        <translation>--binary et --hex ne vont pas ensemble : --hex envoie lui aussi des messages binaires.</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>--expect needs a number of messages from 1 up, not &quot;%1&quot;.</source>
        <translation>--expect attend un nombre de messages à partir de 1, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from 0 to 86400, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre de secondes de 0 à 86400, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--ping needs at least 1 second, not &quot;%1&quot;.</source>
        <translation>--ping attend au moins 1 seconde, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot;: %2</source>
        <translation>-H &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;.</source>
        <translation>un en-tête est de la forme &quot;Nom: valeur&quot;.</translation>
    </message>
    <message>
        <source>--ca: cannot read %1: %2</source>
        <translation>--ca : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--ca: %1 holds no PEM certificate.</source>
        <translation>--ca : %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Aucune connexion à %1 en %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>Messages arrivés dans le délai --wait : %1 sur %n attendu.</numerusform>
            <numerusform>Messages arrivés dans le délai --wait : %1 sur %n attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; Ctrl+D closes the connection.</source>
        <translation>Saisissez un message et appuyez sur Enter pour l&apos;envoyer ; Ctrl+D ferme la connexion.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>Line %1 of the input is longer than %2: not sent.</source>
        <translation>La ligne %1 de l&apos;entrée dépasse %2 : non envoyée.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections on %1 port %2.</source>
        <translation>Connexion refusée : rien n&apos;accepte de connexions sur %1 port %2.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>(--ca FILE trusts the authority that signed it; --insecure skips the check.)</source>
        <translation>(--ca FICHIER fait confiance à l&apos;autorité qui l&apos;a signé ; --insecure saute la vérification.)</translation>
    </message>
    <message>
        <source>The connection was cut without a close frame (1006).</source>
        <translation>La connexion a été coupée sans trame de fermeture (1006).</translation>
    </message>
    <message>
        <source>The server closed the connection with code %1%2.</source>
        <translation>Le serveur a fermé la connexion avec le code %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>La connexion s&apos;est fermée après %1 sur %n message attendu.</numerusform>
            <numerusform>La connexion s&apos;est fermée après %1 sur %n messages attendus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message>
        <source>Listening on %1: page http://%2/, WebSocket ws://%2/ws/</source>
        <translation>Écoute sur %1 : page http://%2/, WebSocket ws://%2/ws/</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>New message %1</source>
        <translation>Nouveau message %1</translation>
    </message>
    <message>
        <source>New binary message %1</source>
        <translation>Nouveau message binaire %1</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n caractère)</numerusform>
            <numerusform>… (%n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 with TLS: page https://%2/, WebSocket wss://%2/ws/</source>
        <translation>Écoute sur %1 avec TLS : page https://%2/, WebSocket wss://%2/ws/</translation>
    </message>
</context>
<context>
    <name>ConsoleWriter</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message>
        <source>The server is already listening on %1.</source>
        <translation>Le serveur écoute déjà sur %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another program is listening there.</source>
        <translation>Le port %1 est déjà utilisé sur %2 : un autre programme y écoute.</translation>
    </message>
    <message>
        <source>Permission denied to listen on %1: ports below 1024 need administrator rights.</source>
        <translation>Permission refusée pour écouter sur %1 : les ports inférieurs à 1024 nécessitent les droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer.</source>
        <translation>Impossible d&apos;écouter sur %1 : l&apos;adresse %2 n&apos;appartient pas à cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Impossible d&apos;écouter sur %1 : %2.</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>refusée : déjà %n connexion, le maximum autorisé</numerusform>
            <numerusform>refusée : déjà %n connexions, le maximum autorisé</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped: %1 bytes of replies are waiting, and it reads none of them</source>
        <translation>coupée : %1 octets de réponses sont en attente et le client n&apos;en lit aucun</translation>
    </message>
    <message>
        <source>dropped: no answer to pings for %1 s</source>
        <translation>coupée : aucune réponse aux pings depuis %1 s</translation>
    </message>
    <message>
        <source>refused: plain HTTP sent to the TLS port (told to use https://)</source>
        <translation>refusée : HTTP en clair envoyé au port TLS (invité à utiliser https://)</translation>
    </message>
    <message>
        <source>closed with %1: it held %2 bytes when all clients together held more than the %3 allowed (--max-buffered-bytes)</source>
        <translation>fermé avec %1 : retenait %2 octets quand tous les clients ensemble retenaient plus que les %3 autorisés (--max-buffered-bytes)</translation>
    </message>
    <message>
        <source>binary messages are echoed unchanged</source>
        <translation>les messages binaires sont renvoyés inchangés</translation>
    </message>
    <message>
        <source>binary messages are echoed as the seed&apos;s bytes.upper() does: ASCII letters upper-cased, every other byte kept (--echo-binary-unchanged or Server Settings: as they came)</source>
        <translation>les messages binaires sont renvoyés comme le fait bytes.upper() de l&apos;exemple : lettres ASCII en majuscules, les autres octets inchangés (--echo-binary-unchanged ou Paramètres du serveur : tels quels)</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>l&apos;origine %1 n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>host %1 is not a name of this server (a guard against DNS rebinding); if it is yours, start Duplex with --allow-host %1</source>
        <translation>l’hôte %1 n’est pas un nom de ce serveur (protection contre le DNS rebinding) ; s’il vous appartient, lancez Duplex avec --allow-host %1</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Signal %1: closing every client and stopping</source>
        <translation>Signal %1 : fermeture de tous les clients et arrêt</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>Not hex: &quot;0x&quot; at position %1 has no digits after it.</source>
        <translation>Pas du hex : &quot;0x&quot; à la position %1 n&apos;est suivi d&apos;aucun chiffre.</translation>
    </message>
    <message>
        <source>Not hex: %1 at position %2 is not a hex digit.</source>
        <translation>Pas du hex : %1 à la position %2 n&apos;est pas un chiffre hex.</translation>
    </message>
    <message>
        <source>Not hex: &quot;%1&quot; at position %2 has an odd number of hex digits.</source>
        <translation>Pas du hex : &quot;%1&quot; à la position %2 a un nombre impair de chiffres hex.</translation>
    </message>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... %Ln octet de plus</numerusform>
            <numerusform>... %Ln octets de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>ni un objet ni un tableau JSON</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n clé</numerusform>
            <numerusform>{…} %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n élément</numerusform>
            <numerusform>[…] %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 at position %2</source>
        <translation>Expression régulière invalide : %1 à la position %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (%1 caractères au total)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Shown Lines</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <source>Export the Log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Uniquement %1 ✕</translation>
    </message>
    <message>
        <source>Only the lines about the client %1 are shown; click to show all</source>
        <translation>Seules les lignes concernant le client %1 sont affichées ; cliquer pour tout afficher</translation>
    </message>
    <message>
        <source>Show all clients&apos; lines</source>
        <translation>Afficher les lignes de tous les clients</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Filter (text, or /regular expression/)</source>
        <translation>Filtre (texte ou /expression régulière/)</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Filtre du journal</translation>
    </message>
    <message>
        <source>Shows only the lines that contain this text, in any case. A text that starts with / is a regular expression: /^Sent/, or /hello/i to ignore case. Ctrl+F comes here, Esc empties it.</source>
        <translation>N&apos;affiche que les lignes contenant ce texte, sans tenir compte de la casse. Un texte commençant par / est une expression régulière : /^Sent/, ou /hello/i pour ignorer la casse. Ctrl+F mène ici, Échap le vide.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Show the messages received</source>
        <translation>Afficher les messages reçus</translation>
    </message>
    <message>
        <source>Show the messages sent</source>
        <translation>Afficher les messages envoyés</translation>
    </message>
    <message>
        <source>Show the events: connections, closes, page requests</source>
        <translation>Afficher les événements : connexions, fermetures, requêtes de pages</translation>
    </message>
    <message>
        <source>Show the errors and warnings</source>
        <translation>Afficher les erreurs et avertissements</translation>
    </message>
    <message>
        <source>Lines shown of all the lines in the log</source>
        <translation>Lignes affichées sur l&apos;ensemble des lignes du journal</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Saves the log to a file, as plain text or JSON Lines; the arrow chooses whether only the shown lines go when a filter hides some</source>
        <translation>Enregistre le journal dans un fichier, en texte brut ou en JSON Lines ; la flèche permet de choisir si seules les lignes affichées sont exportées quand un filtre en masque</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Export Only the Shown Lines</source>
        <translation>Exporter uniquement les lignes affichées</translation>
    </message>
    <message>
        <source>While a filter hides lines, Export… writes only the lines shown</source>
        <translation>Quand un filtre masque des lignes, Exporter… n&apos;écrit que les lignes affichées</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Options d&apos;exportation</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Erreur de filtre</translation>
    </message>
    <message>
        <source>Find in the Log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the selected lines as text</source>
        <translation>Copie les lignes sélectionnées sous forme de texte</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Vider le journal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Start the server (F5)</source>
        <translation>Démarrer le serveur (F5)</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>Stop the server and close every client (Shift+F5)</source>
        <translation>Arrêter le serveur et fermer tous les clients (Maj+F5)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the server&apos;s page in the web browser (Ctrl+B)</source>
        <translation>Ouvrir la page du serveur dans le navigateur web (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;adresse de la page (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Server S&amp;ettings...</source>
        <translation>&amp;Paramètres du serveur...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Duplex</source>
        <translation>À &amp;propos de Duplex</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
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
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>Le port sur lequel le serveur écoute</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Who can reach the server: this computer only, or the network too</source>
        <translation>Qui peut joindre le serveur : cet ordinateur uniquement, ou aussi le réseau</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Use Port %1</source>
        <translation>Utiliser le port %1</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clients connectés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stopping: closing the clients...</source>
        <translation>Arrêt : fermeture des clients...</translation>
    </message>
    <message>
        <source>Listening on %1 — %2</source>
        <translation>Écoute sur %1 — %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>%1 New connection</source>
        <translation>%1 Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2)</source>
        <translation>%1 Connexion fermée (%2)</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2 %3)</source>
        <translation>%1 Connexion fermée (%2 %3)</translation>
    </message>
    <message>
        <source>%1 New message %2</source>
        <translation>%1 Nouveau message %2</translation>
    </message>
    <message>
        <source>%1 Sent %2</source>
        <translation>%1 Envoyé %2</translation>
    </message>
    <message>
        <source>%1 New binary message %2</source>
        <translation>%1 Nouveau message binaire %2</translation>
    </message>
    <message>
        <source>%1 Sent binary %2</source>
        <translation>%1 Envoyé (binaire) %2</translation>
    </message>
    <message>
        <source>%1 more messages in the last second (%2 in, %3 out), counted, not listed</source>
        <translation>%1 messages de plus dans la dernière seconde (%2 reçus, %3 envoyés), comptés mais non listés</translation>
    </message>
    <message>
        <source>Listening on %1: page %2, WebSocket %3</source>
        <translation>Écoute sur %1 : page %2, WebSocket %3</translation>
    </message>
    <message>
        <source>No web browser could be started for %1.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé pour %1.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server next starts (Shift+F5, F5).</source>
        <translation>Paramètres enregistrés ; ils s&apos;appliqueront au prochain démarrage du serveur (Maj+F5, F5).</translation>
    </message>
    <message>
        <source>About Duplex</source>
        <translation>À propos de Duplex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;A WebSocket workbench: one port serves a web page at &lt;code&gt;/&lt;/code&gt; and a WebSocket at &lt;code&gt;/ws/&lt;/code&gt; that greets every client with &lt;code&gt;Welcome!&lt;/code&gt; and answers each message upper-cased, with a built-in client to talk to it or to any other WebSocket server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;Un atelier WebSocket : un seul port sert une page web à &lt;code&gt;/&lt;/code&gt; et un WebSocket à &lt;code&gt;/ws/&lt;/code&gt; qui accueille chaque client avec &lt;code&gt;Welcome!&lt;/code&gt; et répond à chaque message en majuscules, avec un client intégré pour lui parler ou pour parler à tout autre serveur WebSocket.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON : %1</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end.</source>
        <translation>Pas du base64 : utilisez A-Z, a-z, 0-9, + et /, et = seulement à la fin.</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Copy Path %1</source>
        <translation>Copier le chemin %1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the message: its text, or its bytes in hex</source>
        <translation>Copie le message : son texte, ou ses octets en hexadécimal</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Copies the message as a JSON object: time, direction, peer, kind, the text or the bytes in base64, and the size</source>
        <translation>Copie le message en objet JSON : heure, sens, pair, type, le texte ou les octets en base64, et la taille</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Writes the whole message to a file</source>
        <translation>Écrit le message entier dans un fichier</translation>
    </message>
    <message>
        <source>Closes the message pane (Esc)</source>
        <translation>Ferme le volet du message (Échap)</translation>
    </message>
    <message>
        <source>Close the message pane</source>
        <translation>Fermer le volet du message</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Le message entier</translation>
    </message>
    <message>
        <source>The message as a JSON tree</source>
        <translation>Le message en arbre JSON</translation>
    </message>
    <message>
        <source>Right-click a node to copy its path or value</source>
        <translation>Clic droit sur un nœud pour copier son chemin ou sa valeur</translation>
    </message>
    <message>
        <source>The message&apos;s bytes in hex</source>
        <translation>Les octets du message en hexadécimal</translation>
    </message>
    <message>
        <source>Find in the message (Enter: next, Shift+Enter: back, Esc)</source>
        <translation>Rechercher dans le message (Entrée : suivant, Maj+Entrée : précédent, Échap)</translation>
    </message>
    <message>
        <source>Find in the message</source>
        <translation>Rechercher dans le message</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>À propos du message</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>text, %1 bytes, %2 characters</source>
        <translation>texte, %1 octets, %2 caractères</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>binaire, %1 octets</translation>
    </message>
    <message>
        <source>only its start is kept</source>
        <translation>seul le début est conservé</translation>
    </message>
    <message>
        <source>(not UTF-8 text)</source>
        <translation>(pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON : %1</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of %3</source>
        <translation>Caractères %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Save the Message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Clients: %1</source>
        <translation>Clients : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Serveur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Vide&amp;r le journal</translation>
    </message>
    <message>
        <source>Empties the server&apos;s log</source>
        <translation>Vide le journal du serveur</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>What the server did: connections, messages in and out, page requests, warnings</source>
        <translation>Ce qu&apos;a fait le serveur : connexions, messages reçus et envoyés, requêtes de pages, avertissements</translation>
    </message>
    <message>
        <source>Server log and its filter</source>
        <translation>Journal du serveur et son filtre</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clients connectés</translation>
    </message>
    <message>
        <source>One row per WebSocket client; select one to see only its lines in the log</source>
        <translation>Une ligne par client WebSocket ; en sélectionner un pour ne voir que ses lignes dans le journal</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>Déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Closes the selected client&apos;s connection: 1000 (Normal Closure), or 1008 (Policy Violation) with the reason typed</source>
        <translation>Ferme la connexion du client sélectionné : 1000 (Normal Closure), ou 1008 (Policy Violation) avec la raison saisie</translation>
    </message>
    <message>
        <source>Reason (optional: sends 1008)</source>
        <translation>Raison (facultative : envoie 1008)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Raison de la fermeture</translation>
    </message>
    <message>
        <source>Message to the selected client or to all</source>
        <translation>Message au client sélectionné ou à tous</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binaire (hex)</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Binary: type the bytes in hex, with or without spaces (48 69)</source>
        <translation>Binaire : saisir les octets en hex, avec ou sans espaces (48 69)</translation>
    </message>
    <message>
        <source>Send to Clien&amp;t</source>
        <translation>Envo&amp;yer au client</translation>
    </message>
    <message>
        <source>Sends the message to the selected client</source>
        <translation>Envoie le message au client sélectionné</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>Di&amp;ffuser</translation>
    </message>
    <message>
        <source>Sends the message to every connected client</source>
        <translation>Envoie le message à tous les clients connectés</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>it is not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>elle n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>its mode is none of text, json, hex and base64</source>
        <translation>son mode n&apos;est ni text, ni json, ni hex, ni base64</translation>
    </message>
    <message>
        <source>a snippet has no name or an unknown mode</source>
        <translation>un extrait n&apos;a pas de nom ou a un mode inconnu</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>Le fichier n&apos;est pas du JSON : %1.</translation>
    </message>
    <message>
        <source>The file is not a list of Duplex connections (no &quot;format&quot;: &quot;duplex-sessions&quot;).</source>
        <translation>Le fichier n&apos;est pas une liste de connexions Duplex (pas de &quot;format&quot;: &quot;duplex-sessions&quot;).</translation>
    </message>
    <message>
        <source>The file names no version of its format.</source>
        <translation>Le fichier ne donne pas la version de son format.</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this Duplex reads up to %2.</source>
        <translation>Le fichier est en version %1 du format ; ce Duplex lit jusqu&apos;à la %2.</translation>
    </message>
    <message>
        <source>The file holds no &quot;sessions&quot; list.</source>
        <translation>Le fichier ne contient pas de liste &quot;sessions&quot;.</translation>
    </message>
    <message>
        <source>Connection %1 of the file is refused: %2</source>
        <translation>La connexion %1 du fichier est refusée : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A larger message or frame closes its connection with 1009</source>
        <translation>Tout message ou trame plus grand ferme sa connexion avec 1009</translation>
    </message>
    <message>
        <source>Connections beyond this are answered 503</source>
        <translation>Les connexions au-delà de cette limite reçoivent la réponse 503</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clients are pinged this often and dropped after two silent intervals</source>
        <translation>Les clients reçoivent un ping à cet intervalle et sont coupés après deux intervalles sans réponse</translation>
    </message>
    <message>
        <source>One per line, e.g. https://example.com, or * for all</source>
        <translation>Une par ligne, p. ex. https://example.com, ou * pour toutes</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Taille &amp;maximale des messages :</translation>
    </message>
    <message>
        <source>Most &amp;connections:</source>
        <translation>Nombre maximal de &amp;connexions :</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>&amp;Ping toutes les :</translation>
    </message>
    <message>
        <source>Also allow pages &amp;from:</source>
        <translation>Autoriser aussi les pages &amp;venant de :</translation>
    </message>
    <message>
        <source>Pages that Duplex serves itself, and clients that send no Origin, are always allowed. Changes apply when the server next starts.</source>
        <translation>Les pages servies par Duplex lui-même, et les clients qui n&apos;envoient pas d&apos;en-tête Origin, sont toujours autorisés. Les modifications s&apos;appliquent au prochain démarrage du serveur.</translation>
    </message>
    <message>
        <source>Not an origin: %1 (write scheme://host[:port])</source>
        <translation>Origine invalide : %1 (écrire schéma://hôte[:port])</translation>
    </message>
    <message>
        <source>PEM file; empty: plain http:// and ws://</source>
        <translation>Fichier PEM ; vide : http:// et ws:// en clair</translation>
    </message>
    <message>
        <source>With a certificate and its key the port speaks TLS: the page over https://, the WebSocket over wss://</source>
        <translation>Avec un certificat et sa clé, le port utilise TLS : la page en https://, le WebSocket en wss://</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Fichier de certificat TLS</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>Fichier PEM sans phrase secrète</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>Fichier de clé TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>TLS ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificat TLS :</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>C&amp;lé TLS :</translation>
    </message>
    <message>
        <source>TLS Key</source>
        <translation>Clé TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher : %1</translation>
    </message>
    <message>
        <source>A TLS certificate needs its key file too.</source>
        <translation>Un certificat TLS a aussi besoin de son fichier de clé.</translation>
    </message>
    <message>
        <source>A TLS key needs its certificate file too.</source>
        <translation>Une clé TLS a aussi besoin de son fichier de certificat.</translation>
    </message>
    <message>
        <source>One per line, e.g. example.com, or * for all</source>
        <translation>Un par ligne, par ex. example.com, ou * pour tous</translation>
    </message>
    <message>
        <source>A server listening on this computer only answers to localhost and its loopback addresses, against DNS rebinding; add the names a proxy in front of it is reached by</source>
        <translation>Un serveur à l’écoute sur cet ordinateur seul ne répond qu’à localhost et à ses adresses de boucle locale, contre le DNS rebinding ; ajoutez les noms par lesquels on joint un proxy placé devant lui</translation>
    </message>
    <message>
        <source>Also answer to &amp;hosts:</source>
        <translation>Répondre aussi aux &amp;hôtes :</translation>
    </message>
    <message>
        <source>Not a host name: %1 (write it without scheme or port)</source>
        <translation>Pas un nom d’hôte : %1 (l’écrire sans schéma ni port)</translation>
    </message>
    <message>
        <source>Echo binary messages &amp;unchanged</source>
        <translation>Renvoyer les messages binaires &amp;inchangés</translation>
    </message>
    <message>
        <source>Off, as in the tutorial&apos;s server (bytes.upper()): the ASCII letters of a binary message come back upper-cased, every other byte as it was</source>
        <translation>Désactivé, comme dans le serveur du tutoriel (bytes.upper()) : les lettres ASCII d&apos;un message binaire reviennent en majuscules, les autres octets tels quels</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.</source>
        <translation>TLS n&apos;est pas disponible : Qt n&apos;a trouvé aucune bibliothèque TLS (OpenSSL 3) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2.</source>
        <translation>Impossible de lire le certificat TLS %1 : %2.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2.</source>
        <translation>Impossible de lire la clé TLS %1 : %2.</translation>
    </message>
    <message>
        <source>%1 holds no private key Duplex can use (PEM, RSA or EC, without a passphrase).</source>
        <translation>%1 ne contient aucune clé privée utilisable par Duplex (PEM, RSA ou EC, sans phrase secrète).</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>La clé %1 ne correspond pas au certificat %2.</translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>Connection is opened ...</source>
        <translation>Connexion ouverte ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Message reçu : %1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>L&apos;URL doit commencer par ws:// ou wss://, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>L&apos;URL &quot;%1&quot; ne désigne aucun hôte.</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP %1 %2</source>
        <translation>Échec de la négociation : le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP 400 Bad Request</source>
        <translation>Échec de la négociation : le serveur a répondu HTTP 400 Bad Request</translation>
    </message>
    <message>
        <source>Handshake failed: the server wants another WebSocket version</source>
        <translation>Échec de la négociation : le serveur demande une autre version de WebSocket</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Échec de la négociation : %1</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Connexion à %1 ...</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Non connecté : le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Message is sent: %1</source>
        <translation>Message envoyé : %1</translation>
    </message>
    <message>
        <source>Connection is closed ...</source>
        <translation>Connexion fermée ...</translation>
    </message>
    <message>
        <source>Close code %1</source>
        <translation>Code de fermeture %1</translation>
    </message>
    <message>
        <source>Close code %1: %2</source>
        <translation>Code de fermeture %1 : %2</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>Sous-protocole : %1</translation>
    </message>
    <message>
        <source>Binary message is received (%1)</source>
        <translation>Message binaire reçu (%1)</translation>
    </message>
    <message>
        <source>A request header needs a name.</source>
        <translation>Un en-tête de requête doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;en-tête valide : utiliser uniquement des lettres, des chiffres et !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; must not break the line.</source>
        <translation>La valeur de l&apos;en-tête &quot;%1&quot; ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the handshake itself.</source>
        <translation>L&apos;en-tête &quot;%1&quot; est défini par la négociation elle-même.</translation>
    </message>
    <message>
        <source>Give subprotocols in their own field, not as a &quot;%1&quot; header.</source>
        <translation>Indiquer les sous-protocoles dans leur propre champ, pas dans un en-tête &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>La ligne %1 n&apos;est pas de la forme &quot;Nom: valeur&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de sous-protocole valide.</translation>
    </message>
    <message>
        <source>Binary message is sent (%1)</source>
        <translation>Message binaire envoyé (%1)</translation>
    </message>
    <message>
        <source>Not connected: the ping was not sent.</source>
        <translation>Non connecté : le ping n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>A ping carries at most %1 bytes: the ping was not sent.</source>
        <translation>Un ping transporte au plus %1 octets : le ping n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Pong received</source>
        <translation>Pong reçu</translation>
    </message>
    <message>
        <source>Pong received in %1 ms</source>
        <translation>Pong reçu en %1 ms</translation>
    </message>
    <message>
        <source>Reconnecting is stopped.</source>
        <translation>Reconnexion arrêtée.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s ...</source>
        <translation>Reconnexion dans %1 s ...</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted for this session.</source>
        <translation>Le certificat du serveur est approuvé pour cette session.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé : %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is accepted without being verified: %1</source>
        <translation>Le certificat du serveur est accepté sans être vérifié : %1</translation>
    </message>
</context>
</TS>
