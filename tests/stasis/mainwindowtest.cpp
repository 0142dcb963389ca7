// SPDX-License-Identifier: GPL-2.0-or-later
// The main window on real engines: the default sandbox, and one started
// without experimental mode, where the banner must say how to fix it.
#include "mainwindow.h"
#include "checkpointmodel.h"
#include "checkpointtimelineview.h"
#include "containermodel.h"
#include "enginesession.h"
#include "enginetestsupport.h"
#include "helperregistry.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class MainWindowTest : public QObject
{
    Q_OBJECT

    /// Whether a helper container over a folder of @p containerId is on the engine (or the engine could not say).
    static bool helperOver(EngineClient &client, const QString &containerId)
    {
        const auto helpers = helperContainers(client);
        if (!helpers) {
            qWarning() << helpers.error().message;
            return true;
        }
        return std::ranges::any_of(*helpers, [&containerId](const ContainerSummary &helper) {
            return std::ranges::any_of(helper.mounts, [&containerId](const BindMount &mount) {
                return mount.source.contains(containerId);
            });
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DOCKER_HOST"), "DOCKER_HOST is not set: run the suite through tools/test");
    }

    void showsContainersCheckpointsAndLog()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        const QString name = QStringLiteral("stasis-window-%1").arg(QCoreApplication::applicationPid());
        await((*client)->removeContainer(name, true));
        QVERIFY(startCounter(**client, name));
        QVERIFY(waitForCounterValues(**client, name, 2));
        for (const char *checkpoint : {"one-mark", "two-marks"}) {
            const EngineResult<void> created = Stasis::Test::checkpoint(**client, name, CheckpointOptions{QString::fromLatin1(checkpoint), true, {}});
            QVERIFY2(created, why(created).constData());
        }

        const auto id = await((*client)->inspectContainer(name));
        QVERIFY2(id, why(id).constData());
        QPointer<EngineClient> windowClient;
        {
            MainWindow window(*EngineEndpoint::parse(qEnvironmentVariable("DOCKER_HOST")));
            window.show();
            QSignalSpy loaded(&window, &MainWindow::loaded);
            QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
            window.selectContainer(name);
            QVERIFY(loaded.wait(15000));
            QCOMPARE(loaded.first().first().toBool(), true);
            QVERIFY(!window.banner()->isVisible());
            QVERIFY(selectionLoaded.count() > 0 || selectionLoaded.wait(15000));
            QVERIFY(!window.selectedContainerId().isEmpty());
            QVERIFY(window.checkpointAction()->isEnabled());

            auto *timeline = window.findChild<CheckpointTimelineView *>(QStringLiteral("timeline"));
            QVERIFY(timeline);
            QTRY_COMPARE_WITH_TIMEOUT(timeline->model()->rowCount(), 2, 10000);
            const QModelIndex first = timeline->model()->index(0, CheckpointModel::NameColumn);
            const QModelIndex second = timeline->model()->index(1, CheckpointModel::NameColumn);
            QCOMPARE(first.data().toString(), QStringLiteral("one-mark"));
            QVERIFY(timeline->visualRect(first).center().x() < timeline->visualRect(second).center().x());

            // The container stops with a checkpoint: the table follows through events.
            // Through the project's job, which retries containerd's known transient "content … already exists".
            const EngineResult<void> stopped = Stasis::Test::checkpoint(**client, name, CheckpointOptions{QStringLiteral("three-marks"), false, {}});
            QVERIFY2(stopped, why(stopped).constData());
            auto *containers = window.findChild<QTableView *>(QStringLiteral("containers"));
            QTRY_COMPARE_WITH_TIMEOUT(containers->currentIndex().siblingAtColumn(ContainerModel::StateColumn).data().toString(),
                                      QStringLiteral("exited"),
                                      5000);
            QTRY_COMPARE_WITH_TIMEOUT(timeline->model()->rowCount(), 3, 10000);
            windowClient = window.session()->client();
        }
        // A listing that was still running when the window closed removes its
        // helper container: the window's client stays until it did.
        QTRY_VERIFY_WITH_TIMEOUT(!windowClient || HelperRegistry::of(windowClient)->liveCount() == 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!windowClient, 5000);
        QVERIFY2(!helperOver(**client, id->id), "a helper container over the window's container stayed behind");

        // The same, made certain: the window closes while its listing holds a helper.
        {
            MainWindow window(*EngineEndpoint::parse(qEnvironmentVariable("DOCKER_HOST")));
            window.selectContainer(name);
            windowClient = window.session()->client();
            QTRY_VERIFY_WITH_TIMEOUT(HelperRegistry::of(windowClient)->liveCount() > 0, 15000);
        }
        QVERIFY(windowClient);
        QTRY_VERIFY_WITH_TIMEOUT(!windowClient, 15000);
        QVERIFY2(!helperOver(**client, id->id), "a helper container stayed behind after closing mid-listing");
        await((*client)->removeContainer(name, true));
    }

    void bannerExplainsAnEngineWithoutExperimentalMode()
    {
        const auto host = runSandbox({QStringLiteral("up"), QStringLiteral("no-experimental"), QStringLiteral("--no-experimental")});
        QVERIFY2(host, why(host).constData());
        MainWindow window(*EngineEndpoint::parse(host->mid(int(qstrlen("DOCKER_HOST=")))));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        QVERIFY(loaded.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 5000);
        QVERIFY2(window.banner()->text().contains(QLatin1String("\"experimental\": true")), qPrintable(window.banner()->text()));
        QVERIFY(!window.checkpointAction()->isEnabled());
        QVERIFY(window.checkpointAction()->toolTip().contains(QLatin1String("experimental")));
        QVERIFY(runSandbox({QStringLiteral("down"), QStringLiteral("no-experimental")}));
    }

    void bannerExplainsAnEngineThatIsNotThere()
    {
        MainWindow window(*EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/docker.sock")));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(QLatin1String("no engine socket")), qPrintable(window.banner()->text()));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
