#include "FileDialogs.h"

#include <QFileDialog>

namespace odoodeploy {

namespace {

class QtFileDialogs : public FileDialogs
{
public:
    void askOpenPath(QWidget *parent, const QString &title, const QString &filter, Answer answer) override
    {
        show(parent, title, filter, QString(), QFileDialog::AcceptOpen, std::move(answer));
    }
    void askSavePath(QWidget *parent, const QString &title, const QString &filter,
                     const QString &suggestedName, Answer answer) override
    {
        show(parent, title, filter, suggestedName, QFileDialog::AcceptSave, std::move(answer));
    }

private:
    static void show(QWidget *parent, const QString &title, const QString &filter,
                     const QString &suggestedName, QFileDialog::AcceptMode mode, Answer answer)
    {
        auto *dialog = new QFileDialog(parent, title, QString(), filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(mode);
        dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                            : QFileDialog::AnyFile);
        if (!suggestedName.isEmpty())
            dialog->selectFile(suggestedName);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                         [answer](const QString &path) { answer(path); });
        dialog->open();
    }
};

FileDialogs *g_override = nullptr;

} // namespace

FileDialogs &FileDialogs::instance()
{
    static QtFileDialogs defaults;
    return g_override ? *g_override : defaults;
}

void FileDialogs::setInstance(FileDialogs *dialogs) { g_override = dialogs; }

} // namespace odoodeploy
