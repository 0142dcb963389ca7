// SPDX-License-Identifier: GPL-2.0-or-later
#include "ctlcommand.h"
#include "engineclient.h"
#include "enginesession.h"
#include "untrustedtext.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Stasis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stasisctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STASIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checkpoint and restore Docker containers from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("The engine (default: DOCKER_HOST, then the current Docker context, then "
                                                       "unix:///var/run/docker.sock)."),
                                        QStringLiteral("URL"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
                                           QStringLiteral("The Docker context to use (overrides DOCKER_HOST and the current context)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption allowInsecureOption(QStringLiteral("allow-insecure"),
                                                 QStringLiteral("Connect even over plain HTTP to another machine, or over TLS without checking "
                                                                "the engine's certificate."));
    parser.addOptions({hostOption, contextOption, allowInsecureOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "checkpoint create [--leave-running] [--checkpoint-dir DIR] CONTAINER CHECKPOINT\n"
            "checkpoint ls [--checkpoint-dir DIR] [--format json] CONTAINER\n"
            "checkpoint rm [--checkpoint-dir DIR] CONTAINER CHECKPOINT\n"
            "checkpoint restore [--from SOURCE [--create [--allow-host-config]] | --checkpoint-dir DIR | --rewind] CONTAINER CHECKPOINT\n"
            "checkpoint export [--checkpoint-dir DIR] [--format FORMAT] [--without-filesystem] [--with-image] [--with-volumes] CONTAINER CHECKPOINT -o FILE\n"
            "checkpoint import [--name NAME] [--create [--allow-host-config] [--reuse-volumes] | --apply-filesystem] FILE CONTAINER\n"
            "checkpoint inspect [--format json] FILE\n"
            "start --checkpoint NAME [--checkpoint-dir DIR] CONTAINER\n"
            "move [--keep-source] [--name NEW] [--checkpoint NAME] [--dry-run] [--allow-host-config] CONTAINER --to ENGINE"));
    // Options after the command word belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        std::fprintf(stderr, "stasisctl: no command given; see stasisctl --help\n");
        return 2;
    }

    const auto endpoint = EngineEndpoint::resolve(parser.value(hostOption), parser.value(contextOption));
    if (!endpoint) {
        std::fprintf(stderr, "stasisctl: %s\n", qPrintable(UntrustedText::escaped(endpoint.error())));
        return 2;
    }
    // Only an engine command connects.
    if (CtlCommand::needsEngine(words)) {
        if (const QString refusal = CtlCommand::checkBeforeConnecting(*endpoint, parser.isSet(allowInsecureOption)); !refusal.isEmpty()) {
            std::fprintf(stderr, "stasisctl: %s\n", qPrintable(UntrustedText::escaped(refusal)));
            return 2;
        }
    }
    auto *workspace = new Workspace(&app);
    // Only connected, not started: stasisctl follows no events.
    EngineClient *client = workspace->connectTo(*endpoint)->client();
    auto *command = new CtlCommand(workspace, words, &app);
    command->setAllowInsecure(parser.isSet(allowInsecureOption));
    QObject::connect(command, &CtlCommand::finished, &app, &QCoreApplication::exit);
    // Started from the event loop: a failure found at once must still reach exit().
    QTimer::singleShot(0, command, [client, command, words] {
        if (!CtlCommand::needsEngine(words)) {
            command->start();
            return;
        }
        client->connectToEngine().then(command, [command](const EngineResult<EnginePing> &ping) {
            if (!ping) {
                std::fprintf(stderr, "stasisctl: %s\n", qPrintable(UntrustedText::escaped(ping.error().toString())));
                QCoreApplication::exit(1);
                return;
            }
            command->start();
        });
    });
    return QCoreApplication::exec();
}
