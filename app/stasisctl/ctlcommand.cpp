// SPDX-License-Identifier: GPL-2.0-or-later
#include "ctlcommand.h"

#include "checkpointlister.h"
#include "checkpointname.h"
#include "engineclient.h"
#include "enginesession.h"
#include "job.h"
#include "restoreplan.h"
#include "untrustedtext.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace Stasis
{

const QCommandLineOption
    CtlCommand::checkpointDirOption(QStringLiteral("checkpoint-dir"), QStringLiteral("Use a custom checkpoint storage folder."), QStringLiteral("DIR"));
const QCommandLineOption CtlCommand::allowHostConfigOption(QStringLiteral("allow-host-config"),
                                                           QStringLiteral("With --create: create it even when its configuration reaches the host "
                                                                          "(privileged, host folders, host namespaces, devices…)."));

bool CtlCommand::parse(QCommandLineParser &parser, const QStringList &arguments, qsizetype positionalCount, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("stasisctl")} + arguments)) {
        fail(parser.errorText(), 2);
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        fail(QStringLiteral("usage: stasisctl %1").arg(usage), 2);
        return false;
    }
    return true;
}

std::optional<bool>
CtlCommand::parseWithFormat(QCommandLineParser &parser, const QStringList &arguments, qsizetype positionalCount, const QString &usage, const QString &plain)
{
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: %1 or json.").arg(plain), QStringLiteral("FORMAT"), plain);
    parser.addOption(format);
    if (!parse(parser, arguments, positionalCount, usage)) {
        return std::nullopt;
    }
    const QString value = parser.value(format);
    if (value != QLatin1String("json") && value != plain) {
        fail(QStringLiteral("unknown format '%1'; use %2 or json").arg(value, plain), 2);
        return std::nullopt;
    }
    return value == QLatin1String("json");
}

CtlCommand::CtlCommand(Workspace *workspace, const QStringList &words, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_words(words)
{
}

EngineClient *CtlCommand::client() const
{
    return m_workspace->session()->client();
}

void CtlCommand::start()
{
    const QString command = m_words.value(0);
    const QString subcommand = m_words.value(1);
    if (command == QLatin1String("checkpoint") && subcommand == QLatin1String("create")) {
        checkpointCreate(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && (subcommand == QLatin1String("ls") || subcommand == QLatin1String("list"))) {
        checkpointList(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && (subcommand == QLatin1String("rm") || subcommand == QLatin1String("remove"))) {
        checkpointRemove(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && subcommand == QLatin1String("restore")) {
        checkpointRestore(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && subcommand == QLatin1String("export")) {
        checkpointExport(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && subcommand == QLatin1String("import")) {
        checkpointImport(m_words.mid(2));
    } else if (command == QLatin1String("checkpoint") && subcommand == QLatin1String("inspect")) {
        checkpointInspect(m_words.mid(2));
    } else if (command == QLatin1String("start")) {
        startContainer(m_words.mid(1));
    } else if (command == QLatin1String("move")) {
        move(m_words.mid(1));
    } else {
        fail(QStringLiteral("unknown command '%1'; commands: checkpoint create|ls|rm|restore|export|import|inspect, start --checkpoint, move")
                 .arg(m_words.join(QLatin1Char(' '))),
             2);
    }
}

bool CtlCommand::needsEngine(const QStringList &words)
{
    return !(words.value(0) == QLatin1String("checkpoint") && words.value(1) == QLatin1String("inspect"));
}

QString CtlCommand::checkBeforeConnecting(const EngineEndpoint &endpoint, bool allowInsecure)
{
    QStringList warnings = endpoint.warnings();
    if (const QString insecurity = endpoint.insecurity(); !insecurity.isEmpty()) {
        if (!allowInsecure) {
            return QStringLiteral("%1 To connect anyway: --allow-insecure").arg(insecurity);
        }
        warnings.prepend(insecurity);
    }
    for (const QString &warning : std::as_const(warnings)) {
        std::fprintf(stderr, "stasisctl: warning: %s\n", qPrintable(UntrustedText::escaped(warning)));
    }
    return {};
}

void CtlCommand::checkpointCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption leaveRunning(QStringLiteral("leave-running"), QStringLiteral("Leave the container running after the checkpoint."));
    parser.addOptions({leaveRunning, checkpointDirOption});
    if (!parse(parser, arguments, 2, QStringLiteral("checkpoint create [--leave-running] [--checkpoint-dir DIR] CONTAINER CHECKPOINT"))) {
        return;
    }
    const QString container = parser.positionalArguments().at(0);
    const CheckpointOptions options{parser.positionalArguments().at(1), parser.isSet(leaveRunning), parser.value(checkpointDirOption)};
    if (const QString problem = CheckpointName::problem(options.name); !problem.isEmpty()) {
        return fail(problem, 2);
    }
    runJob(
        [this, container, options] {
            return m_workspace->checkpoint(container, options, QStringLiteral("checkpoint create %1 %2").arg(container, options.name));
        },
        options.name);
}

void CtlCommand::checkpointList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(checkpointDirOption);
    const std::optional<bool> json =
        parseWithFormat(parser, arguments, 1, QStringLiteral("checkpoint ls [--checkpoint-dir DIR] [--format json] CONTAINER"), QStringLiteral("table"));
    if (!json) {
        return;
    }
    const QString container = parser.positionalArguments().at(0);
    CheckpointLister *lister = m_workspace->lister();
    connect(lister,
            &CheckpointLister::listed,
            this,
            [this, container, json = *json](const QString &listed, const QString &, const EngineResult<QList<CheckpointInfo>> &result) {
                if (listed != container) {
                    return;
                }
                if (!result) {
                    return fail(result.error().toString());
                }
                if (json) {
                    QJsonArray array;
                    for (const CheckpointInfo &checkpoint : *result) {
                        array.append(QJsonObject{{QLatin1String("Name"), checkpoint.name}});
                    }
                    return succeed(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
                }
                QStringList lines{QStringLiteral("CHECKPOINT NAME")};
                for (const CheckpointInfo &checkpoint : *result) {
                    lines.append(checkpoint.name);
                }
                succeed(lines.join(QLatin1Char('\n')));
            });
    lister->list(container, parser.value(checkpointDirOption));
}

void CtlCommand::checkpointRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(checkpointDirOption);
    if (!parse(parser, arguments, 2, QStringLiteral("checkpoint rm [--checkpoint-dir DIR] CONTAINER CHECKPOINT"))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    client()
        ->removeCheckpoint(positional.at(0), positional.at(1), parser.value(checkpointDirOption))
        .then(this, [this, name = positional.at(1)](const EngineResult<void> &result) {
            result ? succeed(name) : fail(result.error().toString());
        });
}

void CtlCommand::startContainer(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"), QStringLiteral("Restore from this checkpoint."), QStringLiteral("NAME"));
    parser.addOptions({checkpoint, checkpointDirOption});
    if (!parse(parser, arguments, 1, QStringLiteral("start [--checkpoint NAME [--checkpoint-dir DIR]] CONTAINER"))) {
        return;
    }
    const QString container = parser.positionalArguments().at(0);
    if (!parser.isSet(checkpoint)) {
        if (parser.isSet(checkpointDirOption)) {
            return fail(QStringLiteral("--checkpoint-dir needs --checkpoint NAME"), 2);
        }
        client()->startContainer(container).then(this, [this, container](const EngineResult<void> &result) {
            result ? succeed(container) : fail(result.error().toString());
        });
        return;
    }
    RestoreRequest request;
    request.container = container;
    request.checkpoint = parser.value(checkpoint);
    request.directory = parser.value(checkpointDirOption);
    restore(request);
}

void CtlCommand::checkpointRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Restore a checkpoint of this other container (a clone)."), QStringLiteral("SOURCE"));
    const QCommandLineOption rewind(QStringLiteral("rewind"), QStringLiteral("Stop the running container first, then restore."));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Create CONTAINER first, configured as SOURCE (with --from)."));
    parser.addOptions({from, checkpointDirOption, rewind, create, allowHostConfigOption});
    if (!parse(parser,
               arguments,
               2,
               QStringLiteral("checkpoint restore [--from SOURCE [--create [--allow-host-config]] | --checkpoint-dir DIR | --rewind] CONTAINER CHECKPOINT"))) {
        return;
    }
    if (int(parser.isSet(from)) + int(parser.isSet(checkpointDirOption)) + int(parser.isSet(rewind)) > 1) {
        return fail(QStringLiteral("--from, --checkpoint-dir and --rewind exclude each other"), 2);
    }
    if (parser.isSet(create) && !parser.isSet(from)) {
        return fail(QStringLiteral("--create needs --from SOURCE: the new container is configured as SOURCE"), 2);
    }
    if (parser.isSet(allowHostConfigOption) && !parser.isSet(create)) {
        return fail(QStringLiteral("--allow-host-config needs --create: it allows what the new container is created with"), 2);
    }
    const QStringList positional = parser.positionalArguments();
    RestoreRequest request;
    request.container = positional.at(0);
    request.checkpoint = positional.at(1);
    request.sourceContainer = parser.value(from);
    request.directory = parser.value(checkpointDirOption);
    request.createTarget = parser.isSet(create);
    request.allowHostAccess = parser.isSet(allowHostConfigOption);
    request.rewind = parser.isSet(rewind);
    restore(request);
}

void CtlCommand::restore(const RestoreRequest &request)
{
    if (const QString problem = CheckpointName::problem(request.checkpoint); !problem.isEmpty()) {
        return fail(problem, 2);
    }
    runJob(
        [this, request] {
            return m_workspace->restore(request, QStringLiteral("restore %1 from %2").arg(request.container, request.checkpoint));
        },
        request.container,
        [request](KJob *job) {
            if (request.kind() == RestoreRequest::Kind::Restore && static_cast<Job *>(job)->engineError().kind == EngineError::Kind::NotModified) {
                std::fprintf(stderr,
                             "stasisctl: to rewind it: stasisctl checkpoint restore --rewind %s %s\n",
                             qPrintable(request.container),
                             qPrintable(request.checkpoint));
            }
        });
}

void CtlCommand::runJob(const std::function<JobQueue::Id()> &enqueue, const QString &output, const std::function<void(KJob *)> &atEnd)
{
    // One job per invocation: whatever the queue starts and ends is this one.
    JobQueue *jobs = m_workspace->jobs();
    connect(jobs, &JobQueue::jobStarted, this, [this](JobQueue::Id, KJob *job) {
        m_job = job;
        connect(job, &KJob::infoMessage, this, [](KJob *, const QString &message) {
            std::fprintf(stderr, "stasisctl: %s\n", qPrintable(UntrustedText::escaped(message)));
        });
        connect(job, &KJob::warning, this, [](KJob *, const QString &message) {
            std::fprintf(stderr, "stasisctl: warning: %s\n", qPrintable(UntrustedText::escaped(message)));
        });
    });
    connect(jobs, &JobQueue::jobFinished, this, [this, jobs, output, atEnd](JobQueue::Id id) {
        const JobQueue::Record *record = jobs->record(id);
        if (atEnd && m_job) {
            atEnd(m_job);
        }
        if (record && record->state != JobQueue::State::Done && record->errorCode == Job::HostAccessRefused) {
            return fail(record->errorText + QStringLiteral(" To create it anyway: --%1").arg(allowHostConfigOption.names().constFirst()), 2);
        }
        record && record->state == JobQueue::State::Done ? succeed(output) : fail(record ? record->errorText : QString());
    });
    enqueue();
}

void CtlCommand::succeed(const QString &output)
{
    if (!output.isEmpty()) {
        std::fprintf(stdout, "%s\n", qPrintable(output));
    }
    Q_EMIT finished(0);
}

void CtlCommand::fail(const QString &message, int exitCode)
{
    // Messages quote engines and archives: one line, nothing a terminal would hide.
    std::fprintf(stderr, "stasisctl: %s\n", qPrintable(UntrustedText::escaped(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')))));
    Q_EMIT finished(exitCode);
}

} // namespace Stasis
