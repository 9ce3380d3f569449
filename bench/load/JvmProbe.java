import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Prints "pid cpu_nanos allocated_bytes" for each JVM pid given: its process CPU time and the bytes its
 * threads ever allocated on the heap (ThreadMXBean.getTotalThreadAllocatedBytes), read over the JVM's local
 * management agent. Run as a single-file program: java bench/load/JvmProbe.java PID...
 */
public class JvmProbe {
    public static void main(String[] args) throws Exception {
        for (String pid : args) {
            VirtualMachine vm = VirtualMachine.attach(pid);
            String address = vm.startLocalManagementAgent();
            vm.detach();
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection s = c.getMBeanServerConnection();
                long allocated = (Long) s.getAttribute(new ObjectName("java.lang:type=Threading"), "TotalThreadAllocatedBytes");
                long cpu = (Long) s.getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
                System.out.println(pid + " " + cpu + " " + allocated);
            }
        }
    }
}
