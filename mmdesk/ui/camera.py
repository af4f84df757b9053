"""The desk's camera, where Qt Multimedia and a camera are there (imported only when used:
PySide6-Essentials has no Qt Multimedia, and the desk works without it)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CameraDialog(QDialog):
    """A live view of the desk's first camera; Take keeps one picture as JPEG bytes."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Camera"))
        self.data: bytes | None = None
        self.view = QVideoWidget()
        self.view.setMinimumSize(480, 360)
        self.camera = QCamera(QMediaDevices.defaultVideoInput())
        self.image_capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.image_capture)
        self.session.setVideoOutput(self.view)
        self.image_capture.imageCaptured.connect(lambda _id, image: self._keep(image))
        self.status = QLabel(self.tr("Frame the face, then Take."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        take = buttons.addButton(self.tr("&Take"), QDialogButtonBox.ButtonRole.ActionRole)
        take.clicked.connect(self.image_capture.capture)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.camera.start()

    def _keep(self, image: QImage) -> None:
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the format as str; its stubs say bytes, which it refuses at run time
        image.save(buffer, "JPEG", 92)  # type: ignore[call-overload]
        self.data = bytes(array.data())
        self.camera.stop()
        self.accept()

    @classmethod
    def capture(cls, parent: QWidget | None) -> tuple[bytes | None, bool]:
        """(the picture as JPEG bytes, accepted)."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.data, accepted and dialog.data is not None
