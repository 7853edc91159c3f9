package si.asociacija.workflow.advocacy.internal;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;

/** A test of staff's advocacy API: the whole application and a client of the API as staff. */
abstract class AdvocacyApiTestBase extends WorkflowTest {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected TaskService taskService;

    protected AdvocacyApiClient api;

    @BeforeEach
    void apiClient() {
        api = new AdvocacyApiClient(http, json, taskService);
    }
}
