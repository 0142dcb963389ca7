// SPDX-License-Identifier: GPL-2.0-or-later
#include "tour.h"

#include "archiveactions.h"
#include "checkpointdialog.h"
#include "engineclient.h"
#include "enginesession.h"
#include "exportdialog.h"
#include "jobqueue.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>

#include <cstdio>

namespace Stasis
{

namespace
{
constexpr auto checkpointName = "tour";
constexpr int pollMilliseconds = 250;
constexpr int deadlineMilliseconds = 5 * 60 * 1000;

QList<int> counterValues(const QByteArray &log)
{
    QList<int> values;
    for (const QByteArray &line : log.split('\n')) {
        bool ok = false;
        const int value = line.trimmed().toInt(&ok);
        if (ok) {
            values.append(value);
        }
    }
    return values;
}
} // namespace

void Tour::start(MainWindow *window, const QString &directory)
{
    new Tour(window, directory);
}

Tour::Tour(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
    , m_container(QStringLiteral("stasis-tour"))
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("cannot create the folder %1").arg(m_directory.path()));
        });
        return;
    }
    m_archive = m_directory.filePath(QStringLiteral("stasis-tour.tar.zst"));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("the tour did not finish within five minutes"));
    });
    m_deadline.start(deadlineMilliseconds);
    connect(
        m_window,
        &MainWindow::loaded,
        this,
        [this](bool ok) {
            if (!ok) {
                fail(tr("the engine cannot be reached (the window's banner says why)"));
                return;
            }
            createCounter();
        },
        Qt::SingleShotConnection);
}

void Tour::createCounter()
{
    EngineClient *client = m_window->session()->client();
    client->removeContainer(m_container, true).then(this, [this, client](const EngineResult<void> &) {
        ContainerSpec spec;
        spec.name = m_container;
        spec.image = QStringLiteral("busybox:latest");
        spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
        spec.stopTimeoutSeconds = 1;
        client->createContainer(spec).then(this, [this, client](const EngineResult<QString> &id) {
            if (!id) {
                fail(tr("cannot create the counter container: %1").arg(id.error().toString()));
                return;
            }
            m_containerId = *id;
            client->startContainer(m_containerId).then(this, [this](const EngineResult<void> &started) {
                if (!started) {
                    fail(tr("cannot start the counter container: %1").arg(started.error().toString()));
                    return;
                }
                m_window->selectContainer(m_containerId);
                afterCounterPast(2, [this] {
                    shoot(QStringLiteral("counter-running"));
                    checkpoint();
                });
            });
        });
    });
}

void Tour::checkpoint()
{
    m_window->checkpointAction()->trigger();
    auto *dialog = m_window->findChild<CheckpointDialog *>();
    if (!dialog) {
        fail(tr("the checkpoint dialog did not open"));
        return;
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QLatin1String(checkpointName));
    shoot(QStringLiteral("checkpoint-dialog"), dialog);
    dialog->accept();
    afterLastJob([this] {
        m_window->session()->client()->logs(m_containerId).then(this, [this](const EngineResult<QByteArray> &log) {
            const QList<int> values = log ? counterValues(*log) : QList<int>();
            m_lastBeforeCheckpoint = values.isEmpty() ? -1 : values.last();
            m_window->selectCheckpoint(QLatin1String(checkpointName));
            shoot(QStringLiteral("checkpointed"));
            restore();
        });
    });
}

void Tour::restore()
{
    m_window->restoreAction()->trigger();
    afterLastJob([this] {
        afterCounterPast(m_lastBeforeCheckpoint + 2, [this] {
            shoot(QStringLiteral("restored"));
            exportArchive();
        });
    });
}

void Tour::exportArchive()
{
    QFile::remove(m_archive);
    m_window->archiveActions()->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    if (!dialog) {
        fail(tr("the export dialog did not open"));
        return;
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("file"))->setText(m_archive);
    dialog->findChild<QCheckBox *>(QStringLiteral("withImage"))->setChecked(true);
    shoot(QStringLiteral("export-dialog"), dialog);
    dialog->accept();
    afterLastJob([this] {
        shoot(QStringLiteral("exported"));
        removeCheckpoint();
    });
}

void Tour::removeCheckpoint()
{
    m_window->selectCheckpoint(QLatin1String(checkpointName));
    m_window->removeAction()->trigger();
    if (!answer(QStringLiteral("removeConfirmation"), QMessageBox::DestructiveRole)) {
        fail(tr("the remove confirmation did not open"));
        return;
    }
    afterLastJob([this] {
        shoot(QStringLiteral("checkpoint-removed"));
        importArchive();
    });
}

void Tour::importArchive()
{
    m_window->archiveActions()->importArchive(m_archive, m_containerId);
    afterLastJob([this] {
        m_window->selectCheckpoint(QLatin1String(checkpointName));
        shoot(QStringLiteral("imported"));
        rewind();
    });
}

void Tour::rewind()
{
    m_window->restoreAction()->trigger();
    if (!answer(QStringLiteral("rewindConfirmation"), QMessageBox::AcceptRole)) {
        fail(tr("the rewind confirmation did not open"));
        return;
    }
    afterLastJob([this] {
        afterCounterRewoundTo(m_lastBeforeCheckpoint + 1, [this] {
            shoot(QStringLiteral("rewound-to-imported"));
            finish();
        });
    });
}

bool Tour::answer(const QString &questionName, QMessageBox::ButtonRole role)
{
    auto *question = m_window->findChild<QMessageBox *>(questionName);
    if (!question) {
        return false;
    }
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == role) {
            button->click();
        }
    }
    return true;
}

void Tour::finish()
{
    m_window->session()->client()->removeContainer(m_containerId, true).then(this, [this](const EngineResult<void> &) {
        std::printf("%s\n", qPrintable(m_directory.absolutePath()));
        QApplication::exit(0);
    });
}

void Tour::afterLastJob(const std::function<void()> &next)
{
    JobQueue *jobs = m_window->jobQueue();
    const QList<JobQueue::Id> ids = jobs->ids();
    if (ids.isEmpty()) {
        fail(tr("no job was started"));
        return;
    }
    const JobQueue::Id id = ids.last();
    const auto check = [this, jobs, id, next] {
        const JobQueue::Record *record = jobs->record(id);
        if (!record->isFinished()) {
            return false;
        }
        if (record->state != JobQueue::State::Done) {
            fail(tr("%1 failed: %2").arg(record->description, record->errorText));
            return true;
        }
        // Let the window take in what the job changed (lists, selection) first.
        QTimer::singleShot(pollMilliseconds, this, next);
        return true;
    };
    if (check()) {
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = connect(jobs, &JobQueue::jobFinished, this, [connection, id, check](JobQueue::Id finished) {
        if (finished == id && check()) {
            QObject::disconnect(*connection);
            delete connection;
        }
    });
}

void Tour::afterCounterPast(int value, const std::function<void()> &next)
{
    pollCounter(
        [value](const QList<int> &values) {
            return !values.isEmpty() && values.last() > value;
        },
        next);
}

void Tour::afterCounterRewoundTo(int value, const std::function<void()> &next)
{
    pollCounter(
        [value](const QList<int> &values) {
            // After the rewind the log goes on from value, below what it showed before.
            const qsizetype restart = values.lastIndexOf(value);
            return restart > 0 && values.at(restart - 1) > value && values.last() > value;
        },
        next);
}

void Tour::pollCounter(const std::function<bool(const QList<int> &)> &done, const std::function<void()> &next)
{
    m_window->session()->client()->logs(m_containerId).then(this, [this, done, next](const EngineResult<QByteArray> &log) {
        if (log && done(counterValues(*log))) {
            next();
            return;
        }
        QTimer::singleShot(pollMilliseconds, this, [this, done, next] {
            pollCounter(done, next);
        });
    });
}

void Tour::shoot(const QString &name, QWidget *widget)
{
    QWidget *target = widget ? widget : m_window;
    const QString file = m_directory.filePath(QStringLiteral("%1-%2.png").arg(++m_shots, 2, 10, QLatin1Char('0')).arg(name));
    if (!target->grab().save(file)) {
        fail(tr("cannot save %1").arg(file));
    }
}

void Tour::fail(const QString &why)
{
    std::fprintf(stderr, "stasis: tour: %s\n", qPrintable(why));
    QApplication::exit(1);
}

} // namespace Stasis
