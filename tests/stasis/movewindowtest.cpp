// SPDX-License-Identifier: GPL-2.0-or-later
// Moving a container in the window: a second sandbox engine is added in the
// engines panel, the counter is dragged from the containers onto it, the move
// is confirmed, the job shows its steps (a screenshot is taken while it runs:
// move-in-progress.png beside the test), and the counter appears under the
// target engine, running, while the source no longer has it. Then, with the
// source shown, the target engine stops for a moment: only its own row in the
// engines panel says so.
#include "containermodel.h"
#include "engineclient.h"
#include "enginelist.h"
#include "enginelistmodel.h"
#include "enginesession.h"
#include "enginespanel.h"
#include "enginetestsupport.h"
#include "jobqueue.h"
#include "mainwindow.h"

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString targetSandbox = QStringLiteral("move-gui");

/// The visible widget of @p type named @p name, once it exists.
template<typename Widget>
Widget *waitForWidget(const QString &name)
{
    Widget *found = nullptr;
    // Null after the time-out: the caller's QVERIFY says so.
    [[maybe_unused]] const bool appeared = QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *candidate = qobject_cast<Widget *>(widget); candidate && candidate->objectName() == name && candidate->isVisible()) {
                    found = candidate;
                    return true;
                }
            }
            return false;
        },
        10000);
    return found;
}
} // namespace

class MoveWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    EngineClient *m_source = nullptr;
    EngineClient *m_target = nullptr;
    QString m_targetHost;
    const QString m_container = QStringLiteral("stasis-gui-mover");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("movewindowtest"));
        // No engines kept from elsewhere.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        const auto host = runSandbox({QStringLiteral("up"), targetSandbox});
        QVERIFY2(host, why(host).constData());
        m_targetHost = host->mid(int(qstrlen("DOCKER_HOST=")));
        const auto target = connectTo(m_targetHost, this);
        QVERIFY2(target, why(target).constData());
        m_target = *target;
        await(m_source->removeContainer(m_container, true));
        await(m_target->removeContainer(m_container, true));
        const auto started = startCounter(*m_source, m_container);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_source, m_container, 2);
        QVERIFY2(counting, why(counting).constData());
    }

    void cleanupTestCase()
    {
        if (m_source) {
            await(m_source->removeContainer(m_container, true));
        }
        if (m_target) {
            await(m_target->removeContainer(m_container, true));
        }
        const auto down = runSandbox({QStringLiteral("down"), targetSandbox});
        QVERIFY2(down, why(down).constData());
    }

    void dragACounterOntoAnotherEngine()
    {
        MainWindow window(*EngineEndpoint::parse(qEnvironmentVariable("DOCKER_HOST")));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.selectContainer(m_container);
        QVERIFY(loaded.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.selectedContainerId().isEmpty(), 10000);

        // Add the second engine through the panel.
        QListView *engines = window.enginesPanel()->view();
        QCOMPARE(engines->model()->rowCount(), 1);
        auto *add = window.enginesPanel()->findChild<QPushButton *>(QStringLiteral("addEngineButton"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("&Add Engine…"));
        add->click();
        auto *dialog = waitForWidget<QInputDialog>(QStringLiteral("addEngine"));
        QVERIFY(dialog);
        dialog->setTextValue(m_targetHost);
        dialog->done(QDialog::Accepted);
        QCOMPARE(engines->model()->rowCount(), 2);
        const QModelIndex targetRow = engines->model()->index(1, 0);
        QTRY_COMPARE_WITH_TIMEOUT(targetRow.data(EngineListModel::StateRole).value<EngineListModel::State>(), EngineListModel::State::Connected, 15000);
        QVERIFY2(targetRow.data().toString().contains(QLatin1String("can checkpoint")), qPrintable(targetRow.data().toString()));

        // Drag the selected container onto it.
        auto *containers = window.findChild<QTableView *>(QStringLiteral("containers"));
        QVERIFY(containers);
        const QModelIndexList dragged = containers->selectionModel()->selectedIndexes();
        QVERIFY(!dragged.isEmpty());
        std::unique_ptr<QMimeData> data(containers->model()->mimeData(dragged));
        QCOMPARE(ContainerModel::containerNames(data.get()), QStringList{m_container});
        const QPoint onTarget = engines->visualRect(targetRow).center();
        const QPoint onSource = engines->visualRect(engines->model()->index(0, 0)).center();
        QDragEnterEvent enter(onTarget, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(engines->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent overSource(onSource, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(engines->viewport(), &overSource);
        QVERIFY2(!overSource.isAccepted(), "a container may be dropped onto its own engine");
        QDragMoveEvent overTarget(onTarget, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(engines->viewport(), &overTarget);
        QVERIFY(overTarget.isAccepted());
        QDropEvent drop(QPointF(onTarget), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(engines->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        auto *confirmation = waitForWidget<QMessageBox>(QStringLiteral("moveConfirmation"));
        QVERIFY(confirmation);
        QVERIFY2(confirmation->text().contains(m_container) && confirmation->text().contains(m_targetHost), qPrintable(confirmation->text()));
        QAbstractButton *moveButton = nullptr;
        for (QAbstractButton *button : confirmation->buttons()) {
            if (confirmation->buttonRole(button) == QMessageBox::AcceptRole) {
                moveButton = button;
            }
        }
        QVERIFY(moveButton);

        // A screenshot while the job carries the checkpoint.
        JobQueue *jobs = window.jobQueue();
        const QString screenshot = QDir::current().filePath(QStringLiteral("move-in-progress.png"));
        QFile::remove(screenshot);
        bool shot = false;
        connect(jobs, &JobQueue::recordChanged, this, [&](JobQueue::Id id) {
            const JobQueue::Record *record = jobs->record(id);
            if (!shot && record->state == JobQueue::State::Running && !record->log.isEmpty() &&
                record->log.constLast().text.startsWith(QLatin1String("Copying checkpoint"))) {
                shot = window.grab().save(screenshot);
            }
        });
        moveButton->click();

        QTRY_COMPARE_WITH_TIMEOUT(jobs->ids().size(), 1, 5000);
        const JobQueue::Record *record = jobs->record(jobs->ids().constFirst());
        QCOMPARE(record->description, QStringLiteral("Move %1 to %2").arg(m_container, m_targetHost));
        QTRY_VERIFY_WITH_TIMEOUT(record->isFinished(), 120000);
        QVERIFY2(record->state == JobQueue::State::Done, qPrintable(record->errorText));
        QVERIFY2(shot, "no screenshot was taken while the checkpoint was carried");
        QStringList log;
        for (const JobQueue::LogEntry &entry : record->log) {
            log.append(entry.text);
        }
        const QString steps = log.join(QLatin1Char('\n'));
        for (const char *step : {"Freezing", "Copying the file system changes", "Copying checkpoint", "runs on", "Removed"}) {
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps));
        }

        // It is under the target engine now, running; the source has it no more.
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_source->inspectContainer(m_container)), 10000);
        loaded.clear();
        engines->setCurrentIndex(targetRow);
        QTest::keyClick(engines, Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(window.session()->client()->endpoint().displayUrl(), m_targetHost);
        auto *model = qobject_cast<const ContainerModel *>(window.findChild<ContainerModel *>());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_container) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(m_container), ContainerModel::StateColumn).data().toString(), QStringLiteral("running"), 10000);
        QVERIFY(waitForCounterValues(*m_target, m_container, 2));

        // Back on the source, the target engine goes away for a moment: only its own row says so.
        loaded.clear();
        const QModelIndex sourceRow = engines->model()->index(0, 0);
        engines->setCurrentIndex(sourceRow);
        QTest::keyClick(engines, Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        const auto down = runSandbox({QStringLiteral("down"), targetSandbox});
        QVERIFY2(down, why(down).constData());
        QTRY_VERIFY_WITH_TIMEOUT(targetRow.data(EngineListModel::StateRole).value<EngineListModel::State>() != EngineListModel::State::Connected, 15000);
        QCOMPARE(sourceRow.data(EngineListModel::StateRole).value<EngineListModel::State>(), EngineListModel::State::Connected);
        QVERIFY(!window.banner()->isVisible());
        QCOMPARE(window.session()->client()->endpoint().displayUrl(),
                 sourceRow.data(EngineListModel::SessionRole).value<EngineSession *>()->client()->endpoint().displayUrl());
        const auto up = runSandbox({QStringLiteral("up"), targetSandbox});
        QVERIFY2(up, why(up).constData());
        QTRY_COMPARE_WITH_TIMEOUT(targetRow.data(EngineListModel::StateRole).value<EngineListModel::State>(), EngineListModel::State::Connected, 30000);
    }
};

QTEST_MAIN(MoveWindowTest)
#include "movewindowtest.moc"
