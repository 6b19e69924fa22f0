-- "Réponse reçue" (issue 5): when the detainee answered staff's question at the kiosk, kept until a staff
-- member next acts on the request (takes it in hand, asks again, notes, forwards, decides), so the queue
-- shows which requests have a new answer to read. Null: nothing new from the detainee.
ALTER TABLE detainee_request ADD COLUMN answer_received_at DATETIME(6) NULL AFTER awaiting_answer;
