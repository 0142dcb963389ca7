// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl move: one container from the engine of --host to another.
#include "checkpointname.h"
#include "ctlcommand.h"
#include "engineclient.h"
#include "enginesession.h"
#include "movejob.h"
#include "movepreflightjob.h"
#include "workspace.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Stasis
{

void CtlCommand::move(const QStringList &arguments)
{
    const QString usage = QStringLiteral("move [--keep-source] [--name NEW] [--checkpoint NAME] [--dry-run] [--allow-host-config] CONTAINER --to ENGINE");
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The engine to move to: an address (unix://, tcp://, ssh://) or a Docker context's name."),
                                QStringLiteral("ENGINE"));
    const QCommandLineOption keepSource(QStringLiteral("keep-source"), QStringLiteral("Keep the container here, stopped, with its checkpoint."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The container's name on the target."), QStringLiteral("NEW"));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"),
                                        QStringLiteral("Move from this checkpoint of the container instead of freezing it now."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print what the move would meet, and change nothing."));
    parser.addOptions({to, keepSource, name, checkpoint, dryRun, allowHostConfigOption});
    if (!parse(parser, arguments, 1, usage)) {
        return;
    }
    if (!parser.isSet(to)) {
        return fail(QStringLiteral("usage: stasisctl %1").arg(usage), 2);
    }
    const MoveJob::Request request{parser.positionalArguments().at(0), parser.value(name), parser.value(checkpoint)};
    if (!request.checkpoint.isEmpty()) {
        if (const QString problem = CheckpointName::problem(request.checkpoint); !problem.isEmpty()) {
            return fail(problem, 2);
        }
    }
    const QString engine = parser.value(to);
    const auto endpoint = EngineEndpoint::resolveAddressOrContext(engine);
    if (!endpoint) {
        return fail(endpoint.error(), 2);
    }
    if (const QString refusal = checkBeforeConnecting(*endpoint, m_allowInsecure); !refusal.isEmpty()) {
        return fail(refusal, 2);
    }
    m_target = new EngineSession(*endpoint, this);
    const Workspace::MoveOptions options{parser.isSet(keepSource), parser.isSet(allowHostConfigOption)};
    const bool onlyPreflight = parser.isSet(dryRun);
    m_target->client()->connectToEngine().then(this, [this, request, options, onlyPreflight](const EngineResult<EnginePing> &ping) {
        if (!ping) {
            return fail(QStringLiteral("Cannot reach the engine to move to: %1").arg(ping.error().toString()));
        }
        if (onlyPreflight) {
            return preflight(request);
        }
        const QString target = request.targetName.isEmpty() ? request.container : request.targetName;
        runJob(
            [this, request, options] {
                return m_workspace->move(m_target, request, options, QStringLiteral("move %1").arg(request.container));
            },
            target);
    });
}

void CtlCommand::preflight(const MovePreflightJob::Request &request)
{
    auto *job = new MovePreflightJob(client(), m_target->client(), request, this);
    connect(job, &KJob::result, this, [this, job] {
        if (job->error()) {
            return fail(job->errorText());
        }
        std::fprintf(stdout, "%s\n", qPrintable(job->preflight().report()));
        if (!job->preflight().canMove()) {
            return fail(QStringLiteral("The move would be refused: %1").arg(job->preflight().refusals()));
        }
        succeed();
    });
    job->start();
}

} // namespace Stasis
